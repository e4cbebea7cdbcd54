import { itemVersionPage } from "@/app/_components/item-version-page";

/** One published version of a document, as it was published (app/_components/item-version-page.tsx). */
const page = itemVersionPage("document", "id");

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
