import type { SourceDocument } from "../inputs/source.js";
import { type IdCatalogue } from "./ids.js";
import type { Waiver } from "./types.js";
export declare function metadataWaivers(doc: SourceDocument, { engine }: {
    engine: IdCatalogue;
}): Waiver[];
