/** Style sheets are imported for their side effect; bundlers load them. */
declare module '*.css';
