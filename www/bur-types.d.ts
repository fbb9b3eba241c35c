// Types of the values the engine's JavaScript API (pkg/bur.js) takes and returns.
// The functions themselves are typed `any` by wasm-bindgen; these describe the JSON shapes.

/** Dutch and English text. */
/** Both languages in policy texts; in a report built for one language (`evaluate(..., taal)`) only that one. */
export interface Tekst { nl?: string; en?: string }

/** Every exported call answers with an envelope instead of throwing. */
export type Envelope<K extends string, T> =
  | ({ type: 'success' } & { [key in K]: T })
  | { type: 'failure'; errors: Fout[] };

export interface Fout {
  /** Stable code, e.g. `negatief_bedrag`, `onbekend_veld`, `gemeente_niet_geladen`. */
  code: string;
  /** The answer field as a path (`kinderen[1].leeftijd`), or '' for the whole call. */
  veld: string;
  bericht: Tekst;
}

/** A decimal amount as a string, exactly as computed (`"1300.61"`, `"739"`). */
export type Bedrag = string;

export type Status = 'ja' | 'misschien' | 'nee';
export type Leefvorm = 'alleenstaande' | 'alleenstaande_ouder' | 'gehuwden';

export interface Report {
  gemeente: { id: string; naam: string; versie: string; bron: string; website: string | null };
  peildatum: string;
  normen_geldig_vanaf: string;
  leefvorm: Leefvorm | null;
  bijstandsnorm: Bedrag | null;
  kostendelers: number | null;
  bijstandsnorm_zonder_kostendelersnorm: Bedrag | null;
  inkomen: Bedrag | null;
  inkomen_procent_van_norm: string | null;
  waarschuwingen: { code: string; tekst: Tekst }[];
  /** `ja` and `misschien` first. */
  regelingen: Uitkomst[];
  /** A keukentafelgesprek is advised, with why. */
  maatwerk: { id: string; tekst: Tekst; bron: string; redenen: Reden[] }[];
  niet_geldig: string[];
  vragen: RelevanteVraag[];
}

export interface Uitkomst {
  id: string;
  naam: Tekst;
  omschrijving: Tekst;
  status: Status;
  bron: string;
  redenen: Reden[];
  bedrag: { waarde: Bedrag | null; per: 'maand' | 'jaar' | 'eenmalig' | null; maximaal: boolean; tekst: Tekst; bron: string } | null;
  draagkracht: {
    per_jaar: Bedrag | null;
    zorgkosten_per_jaar: Bedrag | null;
    tekst: Tekst;
    kosten: { soort: string; bedrag: Bedrag; draagkracht: Bedrag; geschatte_vergoeding: Bedrag }[];
    bron: string;
  } | null;
  ontbrekende_vragen: string[];
  marge: { meer: Margestap | null; minder: Margestap | null } | null;
  vervolgstap: Tekst;
}

export interface Reden {
  uitslag: 'voldaan' | 'niet_voldaan' | 'onbekend' | 'beoordeling';
  tekst: Tekst;
  bron: string;
  onderdelen?: Reden[];
}

export interface Margestap { bedrag: Bedrag; status: Status; tekst: Tekst }

export interface RelevanteVraag {
  /** The answer field it fills, e.g. `aanvrager.inkomen`. */
  id: string;
  onderwerp: 'huishouden' | 'inkomen' | 'vermogen' | 'situatie' | 'kosten';
  beantwoord: boolean;
}

/** The policy file's `[keukentafelgesprek]` section (docs/policy-format.md), or null. */
export interface Keukentafelgesprek { endpoint: string | null; email: string | null; bewaartermijn: Tekst | null; privacyverklaring: string | null; bron: string }

export declare function loadPolicy(bestand: string, json: string):
  Envelope<'gemeente', Report['gemeente']> & { regelingen?: { id: string; naam: Tekst; omschrijving: Tekst }[]; keukentafelgesprek?: Keukentafelgesprek | null };
/** `taal`: the reasons in that language only (the other is left out of every Tekst); else both. */
export declare function evaluate(gemeente: string, antwoorden: object, peildatum: string, regelingen?: string[], taal?: 'nl' | 'en'): Envelope<'report', Report>;
export declare function relevantQuestions(gemeente: string, antwoorden: object, peildatum: string, regelingen?: string[]): Envelope<'vragen', RelevanteVraag[]>;
export declare function version(): string;
