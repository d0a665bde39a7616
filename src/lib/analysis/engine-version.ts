/** The analysis engine's version, stored with every analysis; bump it when the rules or data change. */
export const ENGINE_VERSION = '0.3.0';
