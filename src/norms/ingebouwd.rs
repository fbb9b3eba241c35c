//! The built-in national norms, read by hand from the JSON that `build.rs` compiles from
//! `policies/national/normen.toml`. The file's checks (`lezen`) run natively; a test compares
//! this reading with the checked one, so the browser needs neither the checks nor serde's
//! derived readers.

use super::{AowLeeftijd, AowPeriode, Kostendelersnorm, Norm, NormPeriode, Normcategorie, Normen, Vermogensgrenzen};
use crate::json_lezer::{Obj, Uit};
use rust_decimal::Decimal;

pub(super) fn lees(tabel: &Obj) -> Uit<Normen> {
    let mut bijstandsnormen = Vec::new();
    for p in tabel.objecten("bijstandsnormen")? {
        let mut bedragen = [Norm { inclusief: Decimal::ZERO, exclusief: Decimal::ZERO }; 9];
        for categorie in Normcategorie::ALLE {
            let n = p.obj(categorie.naam())?;
            if let Some(plek) = bedragen.get_mut(categorie.index()) {
                *plek = Norm { inclusief: n.decimaal("inclusief")?, exclusief: n.decimaal("exclusief")? };
            }
        }
        bijstandsnormen.push(NormPeriode { geldig_vanaf: p.datum("geldig_vanaf")?, bron: p.tekst("bron")?, bedragen });
    }
    let vermogensgrenzen = tabel
        .objecten("vermogensgrenzen")?
        .iter()
        .map(|g| {
            Ok(Vermogensgrenzen {
                geldig_vanaf: g.datum("geldig_vanaf")?,
                bron: g.tekst("bron")?,
                alleenstaande: g.decimaal("alleenstaande")?,
                gehuwden_en_alleenstaande_ouder: g.decimaal("gehuwden_en_alleenstaande_ouder")?,
                eigen_woning: g.decimaal("eigen_woning")?,
            })
        })
        .collect::<Uit<Vec<_>>>()?;
    let k = tabel.obj("kostendelersnorm")?;
    let kostendelersnorm = Kostendelersnorm {
        geldig_vanaf: k.datum("geldig_vanaf")?,
        bron: k.tekst("bron")?,
        basis_procent: k.decimaal("basis_procent")?,
        procent_per_kostendeler: k.decimaal("procent_per_kostendeler")?,
        minimumleeftijd: k.getal("minimumleeftijd")?,
    };
    let aow = tabel
        .objecten("aow_leeftijd")?
        .iter()
        .map(|a| {
            Ok(AowPeriode {
                van_jaar: a.jaar("van_jaar")?,
                tot_en_met_jaar: a.jaar("tot_en_met_jaar")?,
                leeftijd: AowLeeftijd { jaren: a.getal("jaren")?, maanden: a.getal("maanden")? },
                bron: a.tekst("bron")?,
            })
        })
        .collect::<Uit<Vec<_>>>()?;
    Ok(Normen { bijstandsnormen, vermogensgrenzen, kostendelersnorm, aow })
}
