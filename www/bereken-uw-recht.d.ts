// Types of the <bereken-uw-recht> element for a gemeente site that installs the package.
// The engine's JSON shapes (Report, Uitkomst, ...) are in bur-types.d.ts.
import type { Status } from './bur-types';

/** `event.detail` of `bereken-uw-recht:resultaat` (bubbles, composed). No answers, only outcomes. */
export interface ResultaatDetail {
  gemeente: string;
  peildatum: string;
  /** link: the regeling's aanvraag page, else the gemeente's website (https), or null; ook_in_geld: the policy lets the inwoner have it in money instead of a voucher. */
  regelingen: { id: string; naam: string; status: Status; bedrag: string | null; per: 'maand' | 'jaar' | 'eenmalig' | null; link: string | null; ook_in_geld: boolean }[];
  /** Ids of the maatwerk signals: a keukentafelgesprek is advised. */
  maatwerk: string[];
}

/** `event.detail` of `bereken-uw-recht:taal` (bubbles, composed): the language now shown. */
export interface TaalDetail {
  /** A code of the widget's languages (www/talen.js): `nl`, `en`. */
  taal: string;
  richting: 'ltr' | 'rtl';
}

export declare class BerekenUwRecht extends HTMLElement {
  static observedAttributes: string[];
  /** Attribute `gemeente`: the policy id, e.g. `bunschoten`. */
  gemeente: string;
  /** Attribute `regelingen` (comma list), or null for all. */
  readonly regelingen: string[] | null;
  /** Attribute `peildatum` (YYYY-MM-DD), default today. */
  readonly peildatum: string;
  /**
   * The language shown: the attribute `lang`, else the nearest `lang` of the page, as one of
   * the languages with a catalog (www/talen.js: `nl`, `en`); Dutch for any other. The start
   * screen's language picker sets the attribute.
   */
  readonly taal: string;
  /** Attribute `policy-src`, else policies/<gemeente>.json beside the module (compiled by `bur json`). */
  readonly policySrc: string;
  /** The outcomes shown last, or null. */
  readonly resultaat: ResultaatDetail | null;
  /** Wipes every answer from memory and from this device, and starts again. */
  nieuweBerekening(): void;
}

declare global {
  interface HTMLElementTagNameMap { 'bereken-uw-recht': BerekenUwRecht }
  interface HTMLElementEventMap {
    'bereken-uw-recht:resultaat': CustomEvent<ResultaatDetail>;
    'bereken-uw-recht:taal': CustomEvent<TaalDetail>;
  }
}
