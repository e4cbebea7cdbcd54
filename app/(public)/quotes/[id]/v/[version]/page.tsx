import { itemVersionPage } from "@/app/_components/item-version-page";

/** One published version of a quote, as it was published (app/_components/item-version-page.tsx). */
const page = itemVersionPage("quote", "id");

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
