import { itemVersionPage } from "@/app/_components/item-version-page";

/** One published version of a position, as it was published (app/_components/item-version-page.tsx). */
const page = itemVersionPage("position", "id");

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
