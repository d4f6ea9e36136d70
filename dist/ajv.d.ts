import type { Ajv, Options, ValidateFunction } from "ajv";
export declare const VALIDATORS: {
    config: {
        schema: string;
        options: {
            allErrors: true;
            verbose: true;
            strict: true;
            strictRequired: false;
            allowUnionTypes: true;
        };
    };
    baseline: {
        schema: string;
        options: {
            allErrors: false;
            strict: true;
        };
    };
};
export type ValidatorName = keyof typeof VALIDATORS;
/** The schema file of a validator, as shipped in the package. */
export declare function schemaUrl(name: ValidatorName): URL;
/** The validator of one of runnerlint's schemas: precompiled when built, else compiled now. */
export declare function validator(name: ValidatorName): ValidateFunction;
/** An ajv instance, required on first use (only the build and the fallback above need one). */
export declare function newAjv(options: Options): Ajv;
