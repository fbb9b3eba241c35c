//! Ties a regeling's refusal grounds (`afwijzingsgronden`) to its own `kosten` conditions once
//! the policy is read, so that evaluation needs no knowledge of the regeling around a block.

use super::{Afwijzingsgronden, Blok, Voorwaarde};

/// Two links, both ways:
/// - each refusal block judges only the kinds of cost the regeling's `kosten` blocks are about
///   (a fine never blocks a washing machine); without such a block it judges every cost;
/// - each `kosten` block applies all refusal blocks to every cost it counts, so that one and the
///   same cost must pass both: a cost that fits but was paid already, next to one that was not
///   paid but does not fit, never adds up to a `ja`.
pub(super) fn koppel(voorwaarden: &mut [Voorwaarde]) {
    let mut soorten = Vec::new();
    let mut gronden: Vec<Afwijzingsgronden> = Vec::new();
    elk_blok(voorwaarden, &mut |blok| match blok {
        Blok::Kosten(eis) => soorten.extend(eis.soorten.iter().copied()),
        Blok::Afwijzingsgronden(a) => gronden.push(a.clone()),
        _ => {}
    });
    for a in &mut gronden {
        a.alleen_soorten.clone_from(&soorten);
    }
    elk_blok(voorwaarden, &mut |blok| match blok {
        Blok::Kosten(eis) => eis.afwijzingen.clone_from(&gronden),
        Blok::Afwijzingsgronden(a) => a.alleen_soorten.clone_from(&soorten),
        _ => {}
    });
}

/// Every block, nested groups included.
fn elk_blok(voorwaarden: &mut [Voorwaarde], f: &mut impl FnMut(&mut Blok)) {
    for v in voorwaarden {
        if let Blok::Alle(l) | Blok::EenVan(l) = &mut v.blok {
            elk_blok(l, f);
        }
        f(&mut v.blok);
    }
}
