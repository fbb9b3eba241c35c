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
use crate::uitleg::zin;
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
pub fn reden(r: &Regeling) -> Reden {
    let zin = if r.niet_rechthebbende_partner.is_some() {
        zin!("rol-partner-vraagt-aan-als-alleenstaande")
    } else {
        zin!("rol-partner-vraagt-aan")
    };
    Reden {
        uitslag: RedenUitslag::Beoordeling,
        zinnen: vec![zin],
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
