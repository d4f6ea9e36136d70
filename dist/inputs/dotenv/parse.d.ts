import { type Maybe } from "../../model/location.js";
export interface DotenvVariable {
    name: string;
    value: Maybe<string>;
    /** 1-based position of the name. */
    line: number;
    column: number;
    exported: boolean;
}
export declare function parseDotenv(file: string, text: string): DotenvVariable[];
