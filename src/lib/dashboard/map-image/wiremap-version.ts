// A named import: Vite and esbuild then bundle the one field, not the whole package.json.
import { version } from '../../../../package.json';

/** wiremap's version, as the source line of a published map gives it. */
export const wiremapVersion: string = version;
