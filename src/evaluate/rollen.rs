//! Who applies. A person without a right to bijstand (no valid verblijfstitel, PW art. 11;
//! gedetineerd, art. 13 lid 1; for bijzondere bijstand also under 18, art. 12) cannot apply, but
//! a partner who has the right can: for bijzondere bijstand, and where a regeling leaves such a
//! partner out (002 art. 7.4.3 lid 2). It does not matter which of the two filled in the check
//! as "aanvrager": when that is the one without the right and the partner has it, the regeling
//! is tested with the roles exchanged. Otherwise a household would hear `nee` for money the
//! partner can get.

use crate::household::{Antwoorden, Persoon};
use crate::policy::Regeling;
use crate::questions::{Vraag, Vragen};
use crate::report::{Reden, RedenUitslag};
use crate::tekst::{Taal, Tekst};
use std::sync::Arc;

fn zonder_recht(p: &Persoon, r: &Regeling) -> bool {
    p.gedetineerd == Some(true)
        || p.geldige_verblijfstitel == Some(false)
        || (r.bijzondere_bijstand && p.leeftijd.is_some_and(|l| l < 18))
}

/// The answers with aanvrager and partner exchanged, when `r` lets the partner with a right
/// apply instead of an aanvrager without one; `None` otherwise.
pub fn gewisseld(r: &Regeling, a: &Antwoorden) -> Option<Antwoorden> {
    let wissel = (r.niet_rechthebbende_partner.is_some() || r.bijzondere_bijstand)
        && a.heeft_partner == Some(true)
        && zonder_recht(&a.aanvrager, r)
        && !zonder_recht(&a.partner, r);
    wissel.then(|| Antwoorden { aanvrager: a.partner.clone(), partner: a.aanvrager.clone(), ..a.clone() })
}

/// The reason that opens such an outcome: who applies, and whom "u" means below it.
pub fn reden(r: &Regeling, taal: Taal) -> Reden {
    let (nl, en) = if r.niet_rechthebbende_partner.is_some() {
        (
            "U heeft zelf geen recht op bijstand (geen geldige verblijfstitel of in detentie), uw partner wel. Dan kan uw partner dit aanvragen, met het bedrag voor een alleenstaande (ouder). Waar hieronder 'u' staat, gaat het over uw partner.",
            "You have no right to social assistance yourself (no valid residence permit, or in detention), but your partner has. Then your partner can apply, with the amount for a single person (or single parent). Where it says 'you' below, it means your partner.",
        )
    } else {
        (
            "U kunt dit zelf niet aanvragen (geen geldige verblijfstitel, in detentie of jonger dan 18), uw partner wel. Waar hieronder 'u' staat, gaat het over uw partner.",
            "You cannot apply for this yourself (no valid residence permit, in detention or under 18), but your partner can. Where it says 'you' below, it means your partner.",
        )
    };
    Reden {
        uitslag: RedenUitslag::Beoordeling,
        tekst: Tekst::kies(taal, || nl.into(), || en.into()),
        bron: r.niet_rechthebbende_partner.clone().unwrap_or_else(|| Arc::clone(&r.bron)),
        onderdelen: Vec::new(),
    }
}

/// The questions read with the roles exchanged, back in the household's own terms: what was
/// asked of the "aanvrager" there is the partner's question here.
pub fn terug(v: Vragen) -> Vragen {
    const PAREN: [(Vraag, Vraag); 6] = [
        (Vraag::AanvragerLeeftijd, Vraag::PartnerLeeftijd),
        (Vraag::AanvragerInkomen, Vraag::PartnerInkomen),
        (Vraag::AanvragerStudent, Vraag::PartnerStudent),
        (Vraag::AanvragerChronischZiek, Vraag::PartnerChronischZiek),
        (Vraag::AanvragerVerblijfstitel, Vraag::PartnerVerblijfstitel),
        (Vraag::AanvragerGedetineerd, Vraag::PartnerGedetineerd),
    ];
    let mut uit = v;
    for (a, p) in PAREN {
        uit = uit.zonder(Vragen::van(&[a, p]));
        if v.bevat(a) {
            uit = uit.met(p);
        }
        if v.bevat(p) {
            uit = uit.met(a);
        }
    }
    uit
}

/// The questions on a person's right to bijstand still open, as the aanvrager's questions (the
/// exchanged answers' terms, mapped back with `terug`).
pub fn open_recht(p: &Persoon) -> Vragen {
    let mut open = Vragen::GEEN;
    if p.gedetineerd.is_none() {
        open = open.met(Vraag::AanvragerGedetineerd);
    }
    if p.geldige_verblijfstitel.is_none() {
        open = open.met(Vraag::AanvragerVerblijfstitel);
    }
    open
}
