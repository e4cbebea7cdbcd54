import { itemVersionPage } from "@/app/_components/item-version-page";

/** One published version of a source, as it was published (app/_components/item-version-page.tsx). */
const page = itemVersionPage("source", "id");

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
