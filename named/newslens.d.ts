/* tslint:disable */
/* eslint-disable */

/** Options of `analyze`, all optional. */
export interface AnalyzeOptions {
    /** `YYYY-MM-DD`; wins over a date found in the text. */
    referenceDate?: string | null;
    /** The unit of every `start`/`end`; `utf16` (JavaScript string indices) by default. */
    offsets?: "utf16" | "chars" | "utf8" | null;
}


/**
 * A calendar interval, both ends inclusive, each written `YYYY-MM-DD`. Held as [`Date`]s
 * rather than strings: a text of dates has two ranges a date (its timex's and its timeline
 * entry's), and four strings each would be a quarter of the memory of the analysis.
 */
export interface DateRange {
    from: string;
    to: string;
}

/**
 * A dated event.
 */
export interface TimelineEntry {
    /**
     * The id of the [`Timex`] that dates it.
     */
    timex: string;
    range: DateRange;
    /**
     * The clause the expression dates.
     */
    event: Span | null;
    /**
     * Ids of the entities involved in the event.
     */
    entities: string[];
}

/**
 * A piece of the input text: `text` always equals the input sliced at `start..end`
 * in the offset unit named by [`Analysis::offsets`].
 */
export interface Span {
    start: number;
    end: number;
    text: string;
}

/**
 * A temporal expression, normalised as TIMEX3.
 */
export interface Timex {
    id: string;
    start: number;
    end: number;
    text: string;
    type: TimexType;
    /**
     * The TIMEX3 value: `2013-04-16`, `2013-W16`, `P2Y`, `PRESENT_REF`, ...
     */
    value: string;
    /**
     * The TIMEX3 modifier: `END`, `START`, `APPROX`, ...
     */
    mod: string | null;
    /**
     * The calendar interval a timeline places it on (`null` for durations and the like).
     */
    range: DateRange | null;
}

/**
 * Everything newslens found in one article.
 */
export interface Analysis {
    /**
     * Always [`SCHEMA`].
     */
    schema: number;
    /**
     * The unit of every `start` and `end` in this analysis.
     */
    offsets: Offsets;
    /**
     * The date the article's relative expressions ("Monday", "last month") resolve against.
     */
    reference_date: ReferenceDate | null;
    entities: Entity[];
    quotes: Quote[];
    timexes: Timex[];
    /**
     * Dated events, sorted by `range.from`, then by position in the text.
     */
    timeline: TimelineEntry[];
}

/**
 * One person, organisation, place or other named thing, with every mention of it.
 */
export interface Entity {
    /**
     * `e1`, `e2`, ... in order of first mention.
     */
    id: string;
    kind: EntityKind;
    /**
     * The fullest form of the name in the article.
     */
    name: string;
    /**
     * Roles the article gives it ("Deputy Defense Minister").
     */
    titles: string[];
    /**
     * Each mention is the name alone: no leading "the", no title, no possessive "'s".
     */
    mentions: Span[];
}

/**
 * Something someone said or wrote.
 */
export interface Quote {
    id: string;
    kind: QuoteKind;
    start: number;
    end: number;
    text: string;
    /**
     * The quoted parts; a quote split around its attribution has two.
     */
    fragments: Span[];
    /**
     * The id of the speaking entity, when the speaker is named in the article.
     */
    speaker: string | null;
    /**
     * The speaker as the article names it (also for unnamed sources: "officials").
     */
    speaker_name: string | null;
    speaker_mention: Span | null;
    /**
     * The speech verb or phrase ("said", "according to").
     */
    cue: Span | null;
}

/**
 * The unit of a span's `start` and `end`.
 */
export type Offsets = "utf16" | "chars" | "utf8";

/**
 * Where the reference date came from.
 */
export type DateSource = "text" | "given";

export interface ReferenceDate {
    /**
     * `YYYY-MM-DD`.
     */
    value: string;
    source: DateSource;
    /**
     * Where in the text the date was found (`null` when it was given).
     */
    span: Span | null;
}

export type EntityKind = "person" | "organization" | "place" | "other";

export type QuoteKind = "direct" | "mixed" | "indirect";

export type TimexType = "date" | "time" | "duration" | "set";


/**
 * Analyses `text`. Throws an `Error` with a readable message on empty or oversized text,
 * or on bad options.
 */
export function analyze(text: string, options: AnalyzeOptions | undefined | null): Analysis;

/**
 * The same analysis as JSON text (what `analyze` parses). For a Web Worker: posting a string
 * to the page copies it in one piece, where posting the object clones every field; the page
 * parses only the answers it shows.
 */
export function analyzeJson(text: string, options: AnalyzeOptions | undefined | null): string;

/**
 * The version of newslens.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly analyze: (a: number, b: number, c: any) => [number, number, number];
    readonly analyzeJson: (a: number, b: number, c: any) => [number, number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
