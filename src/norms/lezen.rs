//! Reads `policies/national/normen.toml` strictly and checks it: every category in every period, exclusief = inclusief x 0.95 to the cent, periods in date order.

use super::{AowLeeftijd, AowPeriode, Kostendelersnorm, Norm, NormPeriode, Normcategorie, Normen, Vermogensgrenzen};
use crate::bestand::{datum, decimaal, lees_deel, lees_tabel, Formaat};
use crate::diagnose::{Diagnose, Diagnoses};
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNormen {
    bijstandsnormen: Vec<RawNormPeriode>,
    vermogensgrenzen: Vec<RawVermogensgrenzen>,
    kostendelersnorm: RawKostendelersnorm,
    aow_leeftijd: Vec<RawAow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNormPeriode {
    geldig_vanaf: String,
    bron: String,
    alleenstaande: RawNorm,
    gehuwden: RawNorm,
    jongere_alleenstaande: RawNorm,
    jongeren_gehuwden_zonder_kinderen: RawNorm,
    jongeren_gehuwden_met_kinderen: RawNorm,
    jongere_en_oudere_gehuwden_zonder_kinderen: RawNorm,
    jongere_en_oudere_gehuwden_met_kinderen: RawNorm,
    aow_alleenstaande: RawNorm,
    aow_gehuwden: RawNorm,
}

impl RawNormPeriode {
    fn norm(&self, categorie: Normcategorie) -> &RawNorm {
        match categorie {
            Normcategorie::Alleenstaande => &self.alleenstaande,
            Normcategorie::Gehuwden => &self.gehuwden,
            Normcategorie::JongereAlleenstaande => &self.jongere_alleenstaande,
            Normcategorie::JongerenGehuwdenZonderKinderen => &self.jongeren_gehuwden_zonder_kinderen,
            Normcategorie::JongerenGehuwdenMetKinderen => &self.jongeren_gehuwden_met_kinderen,
            Normcategorie::JongereEnOudereGehuwdenZonderKinderen => &self.jongere_en_oudere_gehuwden_zonder_kinderen,
            Normcategorie::JongereEnOudereGehuwdenMetKinderen => &self.jongere_en_oudere_gehuwden_met_kinderen,
            Normcategorie::AowAlleenstaande => &self.aow_alleenstaande,
            Normcategorie::AowGehuwden => &self.aow_gehuwden,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNorm {
    #[serde(deserialize_with = "decimaal")]
    inclusief: Decimal,
    #[serde(deserialize_with = "decimaal")]
    exclusief: Decimal,
    /// Why a value is uncertain, for the reader of the file.
    #[serde(default)]
    #[allow(dead_code)]
    opmerking: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVermogensgrenzen {
    geldig_vanaf: String,
    bron: String,
    #[serde(deserialize_with = "decimaal")]
    alleenstaande: Decimal,
    #[serde(deserialize_with = "decimaal")]
    gehuwden_en_alleenstaande_ouder: Decimal,
    #[serde(deserialize_with = "decimaal")]
    eigen_woning: Decimal,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKostendelersnorm {
    geldig_vanaf: String,
    bron: String,
    #[serde(deserialize_with = "decimaal")]
    basis_procent: Decimal,
    #[serde(deserialize_with = "decimaal")]
    procent_per_kostendeler: Decimal,
    minimumleeftijd: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAow {
    van_jaar: u16,
    tot_en_met_jaar: u16,
    jaren: u32,
    maanden: u32,
    bron: String,
}

pub(super) fn normen(bestand: &str, tekst: &str, formaat: Formaat) -> Result<Normen, Vec<Diagnose>> {
    let mut d = Diagnoses::nieuw(bestand);
    let raw = lees_tabel(&mut d, tekst, formaat)
        .and_then(|t| lees_deel::<RawNormen>(&mut d, None, "", serde_json::Value::Object(t)));
    let Some(raw) = raw else { return Err(d.lijst) };

    let mut perioden = Vec::new();
    for (i, p) in raw.bijstandsnormen.into_iter().enumerate() {
        let pad = format!("bijstandsnormen[{i}]");
        bron_verplicht(&mut d, &pad, &p.bron);
        let vanaf = datum(&mut d, None, &format!("{pad}.geldig_vanaf"), &p.geldig_vanaf);
        let mut bedragen = [Norm { inclusief: Decimal::ZERO, exclusief: Decimal::ZERO }; 9];
        for categorie in Normcategorie::ALLE {
            let veld = format!("{pad}.{}", categorie.naam());
            let n = p.norm(categorie);
            controleer_norm(&mut d, &veld, n);
            if let Some(plek) = bedragen.get_mut(categorie.index()) {
                *plek = Norm { inclusief: n.inclusief, exclusief: n.exclusief };
            }
        }
        if let Some(geldig_vanaf) = vanaf {
            perioden.push(NormPeriode { geldig_vanaf, bron: p.bron, bedragen });
        }
    }
    if perioden.is_empty() {
        d.fout(
            "geen_normen",
            None,
            "bijstandsnormen",
            "er staat geen enkele periode met bijstandsnormen in het bestand",
        );
    }
    op_volgorde(&mut d, "bijstandsnormen", perioden.iter().map(|p| p.geldig_vanaf));

    let mut grenzen = Vec::new();
    for (i, g) in raw.vermogensgrenzen.into_iter().enumerate() {
        let pad = format!("vermogensgrenzen[{i}]");
        bron_verplicht(&mut d, &pad, &g.bron);
        for (veld, bedrag) in [
            ("alleenstaande", g.alleenstaande),
            ("gehuwden_en_alleenstaande_ouder", g.gehuwden_en_alleenstaande_ouder),
            ("eigen_woning", g.eigen_woning),
        ] {
            if bedrag <= Decimal::ZERO || bedrag > crate::money::MAX_BEDRAG {
                d.fout(
                    "ongeldig_bedrag",
                    None,
                    format!("{pad}.{veld}"),
                    "een vermogensgrens moet groter dan 0 en kleiner dan 10 miljoen zijn",
                );
            }
        }
        if let Some(geldig_vanaf) = datum(&mut d, None, &format!("{pad}.geldig_vanaf"), &g.geldig_vanaf) {
            grenzen.push(Vermogensgrenzen {
                geldig_vanaf,
                bron: g.bron,
                alleenstaande: g.alleenstaande,
                gehuwden_en_alleenstaande_ouder: g.gehuwden_en_alleenstaande_ouder,
                eigen_woning: g.eigen_woning,
            });
        }
    }
    if grenzen.is_empty() {
        d.fout("geen_vermogensgrenzen", None, "vermogensgrenzen", "er staan geen vermogensgrenzen in het bestand");
    }
    op_volgorde(&mut d, "vermogensgrenzen", grenzen.iter().map(|g| g.geldig_vanaf));

    let k = raw.kostendelersnorm;
    bron_verplicht(&mut d, "kostendelersnorm", &k.bron);
    for (veld, p) in [("basis_procent", k.basis_procent), ("procent_per_kostendeler", k.procent_per_kostendeler)] {
        if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
            d.fout("ongeldig_percentage", None, format!("kostendelersnorm.{veld}"), "een percentage tussen 0 en 100");
        }
    }
    if !(18..=120).contains(&k.minimumleeftijd) {
        d.fout("ongeldige_leeftijd", None, "kostendelersnorm.minimumleeftijd", "een leeftijd tussen 18 en 120");
    }
    let kostendelersnorm =
        datum(&mut d, None, "kostendelersnorm.geldig_vanaf", &k.geldig_vanaf).map(|geldig_vanaf| Kostendelersnorm {
            geldig_vanaf,
            bron: k.bron,
            basis_procent: k.basis_procent,
            procent_per_kostendeler: k.procent_per_kostendeler,
            minimumleeftijd: k.minimumleeftijd,
        });

    let mut aow = Vec::new();
    for (i, a) in raw.aow_leeftijd.into_iter().enumerate() {
        let pad = format!("aow_leeftijd[{i}]");
        bron_verplicht(&mut d, &pad, &a.bron);
        if a.van_jaar > a.tot_en_met_jaar || a.maanden > 11 || !(60..=80).contains(&a.jaren) {
            d.fout(
                "ongeldige_aow_leeftijd",
                None,
                pad,
                "van_jaar <= tot_en_met_jaar, jaren tussen 60 en 80, maanden tussen 0 en 11",
            );
            continue;
        }
        aow.push(AowPeriode {
            van_jaar: a.van_jaar,
            tot_en_met_jaar: a.tot_en_met_jaar,
            leeftijd: AowLeeftijd { jaren: a.jaren, maanden: a.maanden },
            bron: a.bron,
        });
    }

    match (d.is_leeg(), kostendelersnorm) {
        (true, Some(kostendelersnorm)) => {
            Ok(Normen { bijstandsnormen: perioden, vermogensgrenzen: grenzen, kostendelersnorm, aow })
        }
        _ => Err(d.lijst),
    }
}

/// The law's amounts include 5% vakantietoeslag: exclusief must be inclusief x 0.95 to the
/// cent (art. 19 lid 3). A typo in either shows up here.
fn controleer_norm(d: &mut Diagnoses, veld: &str, n: &RawNorm) {
    if n.inclusief <= Decimal::ZERO || n.exclusief <= Decimal::ZERO || n.inclusief > crate::money::MAX_BEDRAG {
        d.fout("ongeldig_bedrag", None, veld, "een norm moet groter dan 0 zijn");
        return;
    }
    let verwacht = crate::money::afronden_op_centen(n.inclusief * Decimal::new(95, 2));
    if (verwacht - n.exclusief).abs() > Decimal::new(1, 2) {
        d.fout(
            "norm_klopt_niet",
            None,
            veld,
            format!("exclusief {} past niet bij inclusief {} (verwacht {} = 95%)", n.exclusief, n.inclusief, verwacht),
        );
    }
}

fn bron_verplicht(d: &mut Diagnoses, pad: &str, bron: &str) {
    if bron.trim().is_empty() {
        d.fout("bron_ontbreekt", None, format!("{pad}.bron"), "elke waarde noemt haar bron");
    }
}

fn op_volgorde(d: &mut Diagnoses, veld: &str, data: impl Iterator<Item = crate::datum::Datum>) {
    let data: Vec<_> = data.collect();
    if data.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
        d.fout(
            "niet_op_volgorde",
            None,
            veld,
            "de perioden moeten op volgorde van geldig_vanaf staan, zonder dubbele datum",
        );
    }
}
