// Types of the values the engine's JavaScript API (pkg/bur.js) takes and returns.
// The functions themselves are typed `any` by wasm-bindgen; these describe the JSON shapes.
// Outcomes are data: every sentence is a `Bericht`, said by www/uitleg.js from the catalogs
// (locales/<taal>.ftl). Static texts come once, from `loadPolicy`.

/** A text of a policy file: Dutch, and the other languages it has. */
export interface Tekst { nl: string; en?: string; [taal: string]: string | undefined }

/**
 * A message of the catalogs: its number (its place among the Dutch keys, `plaatshouders.json`),
 * or its number and its arguments by position, in the order of the names
 * `plaatshouders.json` gives it. An argument says its kind by its first character:
 * `"€1700.00"` an amount, `"%88.2"` a percentage, `"@2026-07-01"` a date, `"#12"` the policy
 * text `teksten[12]`, `"^3"` the source document `bronnen[3]`, `"=..."` a value said as typed;
 * a number is a count, an array a list of messages, any other string a word for a selector,
 * `null` an argument left out.
 */
export type Bericht = number | [number, ...(string | number | null | Bericht[])[]];

/** `locales/plaatshouders.json`: per message number its key, or its key and argument names. */
export interface Plaatshouders { vingerafdruk: number; berichten: (string | [string, string[]])[] }

/** Where a report lists messages: their indices in `Report.berichten`. */
export type Berichtnummers = number[];

/** Every exported call answers with an envelope instead of throwing. */
export type Envelope<K extends string, T> =
  | ({ type: 'success' } & { [key in K]: T })
  | { type: 'failure'; errors: Fout[] };

export interface Fout {
  /** Stable code, e.g. `negatief_bedrag`, `onbekend_veld`, `gemeente_niet_geladen`. */
  code: string;
  /** The answer field as a path (`kinderen[1].leeftijd`), or '' for the whole call. */
  veld: string;
  bericht: Bericht;
}

/** A decimal amount as a string, exactly as computed (`"1300.61"`, `"739"`). */
export type Bedrag = string;

export type Status = 'ja' | 'misschien' | 'nee';
export type Leefvorm = 'alleenstaande' | 'alleenstaande_ouder' | 'gehuwden';

/** A set of questions: bit `n` is `Policy.vragen[n]`. */
export type Vragenset = number;

/** The compact report of `evaluate`. Absent fields are empty or unknown. */
export interface Report {
  gemeente: string;
  peildatum: string;
  normen_geldig_vanaf: string;
  leefvorm?: Leefvorm;
  bijstandsnorm?: Bedrag;
  kostendelers?: number;
  bijstandsnorm_zonder_kostendelersnorm?: Bedrag;
  inkomen?: Bedrag;
  inkomen_procent_van_norm?: string;
  waarschuwingen?: Berichtnummers;
  /** Every message of the report, each once; the lists refer to them by index. */
  berichten: Bericht[];
  /** `ja` and `misschien` first. */
  regelingen: Uitkomst[];
  /** A keukentafelgesprek is advised, with why: `tekst` indexes `teksten`, `bron` `bronnen`. */
  maatwerk?: { id: string; tekst: number; bron: number; redenen: Reden[] }[];
  niet_geldig?: string[];
  /** The questions some conclusion read, and which of them are answered. */
  vragen: Vragenset;
  beantwoord: Vragenset;
}

export interface Uitkomst {
  id: string;
  status: Status;
  redenen: Reden[];
  bedrag?: { uitleg: Berichtnummers; waarde?: Bedrag; per?: 'maand' | 'jaar' | 'eenmalig'; maximaal?: true; bron: number };
  draagkracht?: {
    uitleg: Berichtnummers;
    per_jaar?: Bedrag;
    zorgkosten_per_jaar?: Bedrag;
    kosten?: { soort: string; bedrag: Bedrag; draagkracht: Bedrag; geschatte_vergoeding: Bedrag }[];
    bron: number;
  };
  /** The questions whose answers would decide a `misschien`. */
  ontbreekt?: Vragenset;
  marge?: { meer?: Margestap; minder?: Margestap };
}

/** One condition: its source (`bronnen[b]`), its outcome (voldaan, niet voldaan, onbekend,
 * beoordeling), its sentences, and its parts where it has them. */
export type Reden = [b: number, u: 'v' | 'n' | 'o' | 'b', z: Berichtnummers, o?: Reden[]];

/** What a change of income by `bedrag` a month would make the status (message `marge-stap`). */
export interface Margestap { bedrag: Bedrag; status: Status }

export interface RelevanteVraag {
  /** The answer field it fills, e.g. `aanvrager.inkomen`. */
  id: string;
  onderwerp: 'huishouden' | 'inkomen' | 'vermogen' | 'situatie' | 'kosten';
  beantwoord: boolean;
}

/** The policy file's `[keukentafelgesprek]` section (docs/policy-format.md), or null. */
export interface Keukentafelgesprek { endpoint: string | null; email: string | null; bewaartermijn: Tekst | null; privacyverklaring: string | null; bron: string }

export interface Policy {
  gemeente: { id: string; naam: string; versie: string; bron: string; website: string | null };
  regelingen: { id: string; naam: Tekst; omschrijving: Tekst; vervolgstap: Tekst; bron: string; aanvraag_url?: string; ook_in_geld?: string }[];
  keukentafelgesprek: Keukentafelgesprek | null;
  buiten_scope: { naam: string; bron: string; reden: string }[];
  /** The documents the sources cite by title; `url` the public text (https) where known. */
  documenten: { titel: string; url: string | null }[];
  /** The fingerprint of the message keys the module numbers by (`Plaatshouders.vingerafdruk`). */
  berichten: number;
  /** The texts reasons name as `"#n"`, and maatwerk as `tekst`. */
  teksten: Tekst[];
  /** The sources reasons name by number. */
  bronnen: string[];
  /** Every question in asking order: the bits of a `Vragenset`. */
  vragen: { id: string; onderwerp: RelevanteVraag['onderwerp'] }[];
}

export declare function loadPolicy(bestand: string, json: string): ({ type: 'success' } & Policy) | { type: 'failure'; errors: Fout[] };
export declare function evaluate(gemeente: string, antwoorden: object, peildatum: string, regelingen?: string[]): Envelope<'report', Report>;
export declare function version(): string;
/** The household at `stappen` + 1 incomes from 0 to 200% of the norm (0 < stappen <= 1000). */
export declare function inkomensreeks(gemeente: string, antwoorden: object, peildatum: string, regelingen: string[] | undefined, stappen: number): Envelope<'reeks', Inkomensreeks>;

/** Answers kept in the module: set the one that changed, evaluate without handing all over. */
export declare class Huishouden {
  constructor();
  /** `pad`: `heeft_partner`, `aanvrager.inkomen`, or a list (`kinderen`) as a whole; `undefined` removes it. */
  zet(pad: string, waarde: unknown): { type: 'success' } | { type: 'failure'; errors: Fout[] };
  evaluate(gemeente: string, peildatum: string, regelingen?: string[]): Envelope<'report', Report>;
  inkomensreeks(gemeente: string, peildatum: string, regelingen: string[] | undefined, stappen: number): Envelope<'reeks', Inkomensreeks>;
  free(): void;
}

export interface Inkomensreeks {
  /** The norm per month the steps are a share of (without kostendelersnorm). */
  norm: Bedrag;
  /** In the order of each step's `u`. */
  regelingen: string[];
  stappen: {
    /** The share of the norm this step aims at, in percent. */
    procent: string;
    /** The aanvrager's income per month at this step; the rest of the household's stays. */
    aanvrager: Bedrag;
    /** The household's income as the engine counted it, and its share of the norm. */
    inkomen?: Bedrag;
    procent_van_norm?: string;
    /** A limit found between two steps (the last or first cent of a status). */
    grens?: true;
    /** Per regeling its status, and its amount where there is one. */
    u: ([Status] | [Status, Bedrag])[];
  }[];
}
