//! The compiled policy: the checked model as JSON. `bur json` writes it after every check of
//! `bur check` has passed; the engine in the browser reads it. Reading the model needs neither
//! the TOML parser nor the serde code for the raw file nor the checks, which together were
//! over half of the WebAssembly module. The browser checks the shape here, then every value
//! with the checks `bur check` runs (`controle`), and names the field that is wrong. Writer and reader sit side by side so that they change together; a test
//! reads back every written policy and compares it with the original.

use super::{
    Afronding, Afwijzingsgronden, AlBetaald, Bedragregel, Blok, BuitenScope, Draagkrachtregel, Gemeente,
    Inkomensregels, JaNeeVraag, Keukentafelgesprek, KostenEis, PercentageBovenNorm, Periode, Policy, Regeling, Signaal,
    Voorwaarde, Wie, Zorgkostenverlaging,
};
use crate::diagnose::{Diagnose, Diagnoses};
use crate::json_lezer::{fout, Fout, Obj, Uit};
use crate::norms::Normcategorie;
use serde_json::Value;
use std::sync::Arc;

/// Raised when the shape changes, so an old compiled file is refused rather than misread.
pub const FORMAAT: u64 = 4;

/// Deeper nesting than the checked policies allow is not a compiled policy.
const MAX_DIEPTE: usize = 10;

// ---------------------------------------------------------------------------------------------
// Writing (`bur json`, with the TOML reader)

#[cfg(feature = "toml")]
pub fn schrijf(p: &Policy) -> Value {
    use serde_json::json;
    let g = &p.gemeente;
    json!({
        "formaat": FORMAAT,
        "gemeente": {
            "id": g.id, "naam": g.naam, "versie": g.versie, "bron": g.bron, "website": g.website, "regels_uit": g.regels_uit,
            "alleenstaande_ouder_procent_gehuwdennorm": g.alleenstaande_ouder_procent_gehuwdennorm.map(|d| d.to_string()),
            "kostendelersnorm_jongeren_als_21": g.kostendelersnorm_jongeren_als_21,
            "bijstandsnorm_jongeren_met_aanvulling": g.bijstandsnorm_jongeren_met_aanvulling,
            "inkomen": g.inkomen,
        },
        "documenten": p.documenten,
        "regelingen": p.regelingen.iter().map(schrijf_regeling).collect::<Vec<_>>(),
        "buiten_scope": p.buiten_scope,
        "signalen": p.signalen.iter().map(|s| json!({
            "id": &*s.id, "tekst": &*s.tekst, "bron": &*s.bron, "voorwaarden": schrijf_voorwaarden(&s.voorwaarden),
        })).collect::<Vec<_>>(),
        "keukentafelgesprek": p.keukentafelgesprek,
    })
}

#[cfg(feature = "toml")]
fn schrijf_regeling(r: &Regeling) -> Value {
    use serde_json::json;
    json!({
        "id": &*r.id, "naam": &*r.naam, "omschrijving": &*r.omschrijving, "bron": &*r.bron,
        "geldig_vanaf": r.geldig_vanaf.to_string(), "geldig_tot": r.geldig_tot.map(|d| d.to_string()),
        "vervolgstap": &*r.vervolgstap,
        "voorwaarden": schrijf_voorwaarden(&r.voorwaarden),
        "bedrag": r.bedrag.as_ref().map(schrijf_bedrag),
        "draagkracht": r.draagkracht.as_ref().map(schrijf_draagkracht),
        "bijzondere_bijstand": r.bijzondere_bijstand, "afwijkingen": r.afwijkingen,
        "niet_rechthebbende_partner": r.niet_rechthebbende_partner.as_deref(),
        "aanvraag_url": r.aanvraag_url.as_deref(), "ook_in_geld": r.ook_in_geld.as_deref(),
    })
}

#[cfg(feature = "toml")]
fn schrijf_voorwaarden(lijst: &[Voorwaarde]) -> Value {
    use serde_json::json;
    let d = |x: &rust_decimal::Decimal| x.to_string();
    Value::Array(
        lijst
            .iter()
            .map(|v| {
                let mut blok = match &v.blok {
                    Blok::Inkomen { max_procent, zeker_tot_procent, toelichting, kostendelersnorm } => json!({
                        "soort": "inkomen", "max_procent": d(max_procent), "zeker_tot_procent": zeker_tot_procent.as_ref().map(d),
                        "toelichting": toelichting.as_deref(), "kostendelersnorm": kostendelersnorm,
                    }),
                    Blok::Vermogen { onder_de_grens, boven_grens_beoordeling } => json!({ "soort": "vermogen", "onder_de_grens": onder_de_grens, "boven_grens_beoordeling": boven_grens_beoordeling }),
                    Blok::Leeftijd { wie, minimaal, maximaal, onder_aow_leeftijd } => json!({
                        "soort": "leeftijd", "wie": wie, "minimaal": minimaal, "maximaal": maximaal,
                        "onder_aow_leeftijd": onder_aow_leeftijd,
                    }),
                    Blok::Kinderen { min_leeftijd, max_leeftijd } => {
                        json!({ "soort": "kinderen", "min_leeftijd": min_leeftijd, "max_leeftijd": max_leeftijd })
                    }
                    Blok::MaandenLaagInkomen { minimaal } => json!({ "soort": "maanden_laag_inkomen", "minimaal": minimaal }),
                    Blok::Woonkosten { boven_procent, kostendelersnorm, vermogen_boven_grens, geen_draagkracht_bij_schuldregeling, bijstand_kan_zonder_draagkracht } => json!({ "soort": "woonkosten", "boven_procent": boven_procent.to_string(), "kostendelersnorm": kostendelersnorm, "vermogen_boven_grens": vermogen_boven_grens, "geen_draagkracht_bij_schuldregeling": geen_draagkracht_bij_schuldregeling, "bijstand_kan_zonder_draagkracht": bijstand_kan_zonder_draagkracht }),
                    Blok::Kostendelers { minimaal } => json!({ "soort": "kostendelers", "minimaal": minimaal }),
                    Blok::JaNee { vraag, wie, moet_zijn, aangenomen } => json!({
                        "soort": "ja_nee", "vraag": vraag, "wie": wie, "moet_zijn": moet_zijn, "aangenomen": aangenomen,
                    }),
                    Blok::Kosten(e) => json!({
                        "soort": "kosten", "kosten_soort": e.soorten, "items": e.items,
                        "alleen_vervanging": e.alleen_vervanging,
                        "min_jaren_sinds_vorige_vergoeding": e.min_jaren_sinds_vorige_vergoeding,
                        "niet_via_kinderen_tellen_mee": e.niet_via_kinderen_tellen_mee,
                        "alleen_eerste_kind": e.alleen_eerste_kind, "overledenen": e.overledenen, "niet_wsnp": e.niet_wsnp,
                        "kinderopvang_redenen": e.kinderopvang_redenen,
                        "reisdoelen": e.reisdoelen, "min_enkele_reis_km": e.min_enkele_reis_km,
                        "alleen_bij_dreigende_uitzetting": e.alleen_bij_dreigende_uitzetting,
                        "afwijzingen": e.afwijzingen.iter().map(schrijf_afwijzing).collect::<Vec<_>>(), "max_totaal": e.max_totaal.as_ref().map(d),
                        "alleen_al_betaald": e.alleen_al_betaald,
                    }),
                    Blok::Afwijzingsgronden(a) => {
                        let mut w = schrijf_afwijzing(a);
                        if let Value::Object(m) = &mut w {
                            m.insert("soort".into(), Value::String("afwijzingsgronden".into()));
                        }
                        w
                    }
                    Blok::Beoordeling { tekst } => json!({ "soort": "beoordeling", "tekst": &**tekst }),
                    Blok::Alle(l) => json!({ "soort": "alle", "voorwaarden": schrijf_voorwaarden(l) }),
                    Blok::EenVan(l) => json!({ "soort": "een_van", "voorwaarden": schrijf_voorwaarden(l) }),
                };
                if let Value::Object(m) = &mut blok {
                    m.insert("bron".into(), Value::String(v.bron.to_string()));
                }
                blok
            })
            .collect(),
    )
}

#[cfg(feature = "toml")]
fn schrijf_afwijzing(a: &Afwijzingsgronden) -> Value {
    serde_json::json!({
        "uitgesloten": a.uitgesloten, "zeer_dringende_redenen": a.zeer_dringende_redenen,
        "voorliggend_voor": a.voorliggend_voor, "al_betaald": a.al_betaald,
        "al_betaald_toelichting": a.al_betaald_toelichting.as_deref(), "alleen_soorten": a.alleen_soorten,
    })
}

#[cfg(feature = "toml")]
fn schrijf_bedrag(b: &Bedragregel) -> Value {
    use serde_json::json;
    match b {
        Bedragregel::PercentageNormPerJaar {
            norm,
            inclusief_vakantietoeslag,
            procent,
            afronding,
            gehuwden_procent,
            alleenstaande_procent,
            alleenstaande_ouder_procent,
            bron,
        } => json!({
            "soort": "percentage_norm_per_jaar", "norm": norm, "inclusief_vakantietoeslag": inclusief_vakantietoeslag,
            "procent": procent.to_string(), "afronding": afronding_naam(*afronding),
            "gehuwden_procent": gehuwden_procent.to_string(), "alleenstaande_procent": alleenstaande_procent.to_string(),
            "alleenstaande_ouder_procent": alleenstaande_ouder_procent.to_string(), "bron": bron,
        }),
        Bedragregel::Vast { bedrag, per, maximaal, bron } => {
            json!({ "soort": "vast", "bedrag": bedrag.to_string(), "per": per, "maximaal": maximaal, "bron": bron })
        }
        Bedragregel::Onbekend { document, toelichting } => {
            json!({ "soort": "onbekend", "document": document, "toelichting": toelichting })
        }
        Bedragregel::KostenMinDraagkracht => json!({ "soort": "kosten_min_draagkracht" }),
    }
}

#[cfg(feature = "toml")]
fn schrijf_draagkracht(d: &Draagkrachtregel) -> Value {
    use serde_json::json;
    match d {
        Draagkrachtregel::PercentageBovenNorm(p) => json!({
            "soort": "percentage_boven_norm", "inkomen_procent": p.inkomen_procent.to_string(),
            "boven_procent": p.boven_procent.to_string(), "kostendelersnorm": p.kostendelersnorm,
            "vermogen_boven_grens": p.vermogen_boven_grens, "periode_maanden": p.periode_maanden,
            "vermogen_vrijlating": p.vermogen_vrijlating,
            "vermogen_vrijlating_bedrag": p.vermogen_vrijlating_bedrag.map(|b| b.to_string()),
            "periode_maanden_aow": p.periode_maanden_aow,
            "geen_draagkracht_bij_schuldregeling": p.geen_draagkracht_bij_schuldregeling,
            "berekend_tot_procent": p.berekend_tot_procent.map(|b| b.to_string()),
            "eigen_woning_zonder_onderzoek_tot": p.eigen_woning_zonder_onderzoek_tot.map(|b| b.to_string()),
            "bijstand_kan_zonder_draagkracht": p.bijstand_kan_zonder_draagkracht,
            "aftrekposten": p.aftrekposten,
            "zorgkosten": p.zorgkosten.as_ref().map(|z| json!({
                "tot_procent": z.tot_procent.to_string(), "maximale_verlaging": z.maximale_verlaging.to_string(), "bron": z.bron,
            })),
            "bron": p.bron,
        }),
        Draagkrachtregel::Onbekend { document } => json!({ "soort": "onbekend", "document": document }),
    }
}

#[cfg(feature = "toml")]
fn afronding_naam(a: Afronding) -> &'static str {
    match a {
        Afronding::OpCenten => "op_centen",
        Afronding::HeleEurosOmhoog => "hele_euros_omhoog",
    }
}

// ---------------------------------------------------------------------------------------------
// Reading (everywhere; the widget's only way in)

pub fn lees(bestand: &str, tekst: &str) -> Result<Policy, Vec<Diagnose>> {
    let mut d = Diagnoses::nieuw(bestand);
    let Some(tabel) = crate::bestand::lees_tabel(&mut d, tekst, crate::bestand::Formaat::Json) else {
        return Err(d.lijst);
    };
    match policy(&Obj::top(&tabel)) {
        Ok(p) => {
            // The file may come from anywhere a host puts it: the same checks as `bur check`.
            super::controle::policy(&mut d, &p);
            if d.is_leeg() {
                Ok(p)
            } else {
                Err(d.lijst)
            }
        }
        Err(Fout { pad, bericht }) => {
            d.fout("ongeldig_gecompileerd", None, pad, bericht);
            Err(d.lijst)
        }
    }
}

fn policy(o: &Obj) -> Uit<Policy> {
    if o.m.get("formaat").and_then(Value::as_u64) != Some(FORMAAT) {
        return fout(
            "formaat",
            format!("geen gecompileerde policy van formaat {FORMAAT}; maak het bestand opnieuw met 'bur json'"),
        );
    }
    let g = o.obj("gemeente")?;
    let gemeente = Gemeente {
        id: g.tekst("id")?,
        naam: g.tekst("naam")?,
        versie: g.tekst("versie")?,
        bron: g.tekst("bron")?,
        website: g.tekst_optie("website")?,
        regels_uit: g.optie("regels_uit").map(|_| g.jaar("regels_uit")).transpose()?,
        alleenstaande_ouder_procent_gehuwdennorm: g.decimaal_optie("alleenstaande_ouder_procent_gehuwdennorm")?,
        kostendelersnorm_jongeren_als_21: g.ja_nee("kostendelersnorm_jongeren_als_21")?,
        bijstandsnorm_jongeren_met_aanvulling: g.ja_nee("bijstandsnorm_jongeren_met_aanvulling")?,
        inkomen: g.obj_optie("inkomen")?.map(|i| inkomensregels(&i)).transpose()?,
    };
    let documenten = o
        .objecten("documenten")?
        .iter()
        .map(|d| Ok(super::Document { id: d.tekst("id")?, titel: d.tekst("titel")?, url: d.tekst_optie("url")? }))
        .collect::<Uit<Vec<_>>>()?;
    let regelingen = o.objecten("regelingen")?.iter().map(regeling).collect::<Uit<Vec<_>>>()?;
    let buiten_scope = o
        .objecten("buiten_scope")?
        .iter()
        .map(|b| Ok(BuitenScope { naam: b.tekst("naam")?, bron: b.tekst("bron")?, reden: b.tekst("reden")? }))
        .collect::<Uit<Vec<_>>>()?;
    let signalen = o
        .objecten("signalen")?
        .iter()
        .map(|s| {
            Ok(Signaal {
                id: s.tekst("id")?.into(),
                tekst: Arc::new(s.taal("tekst")?),
                bron: s.tekst("bron")?.into(),
                voorwaarden: voorwaarden(s, 0)?,
            })
        })
        .collect::<Uit<Vec<_>>>()?;
    let keukentafelgesprek = o
        .obj_optie("keukentafelgesprek")?
        .map(|k| {
            Ok(Keukentafelgesprek {
                endpoint: k.tekst_optie("endpoint")?,
                email: k.tekst_optie("email")?,
                bewaartermijn: k.taal_optie("bewaartermijn")?,
                privacyverklaring: k.tekst_optie("privacyverklaring")?,
                bron: k.tekst("bron")?,
            })
        })
        .transpose()?;
    Ok(Policy { gemeente, documenten, regelingen, buiten_scope, signalen, keukentafelgesprek })
}

fn regeling(r: &Obj) -> Uit<Regeling> {
    Ok(Regeling {
        id: r.tekst("id")?.into(),
        naam: Arc::new(r.taal("naam")?),
        omschrijving: Arc::new(r.taal("omschrijving")?),
        bron: r.tekst("bron")?.into(),
        geldig_vanaf: r.datum("geldig_vanaf")?,
        geldig_tot: r.datum_optie("geldig_tot")?,
        vervolgstap: Arc::new(r.taal("vervolgstap")?),
        voorwaarden: voorwaarden(r, 0)?,
        bedrag: r.obj_optie("bedrag")?.map(|b| bedrag(&b)).transpose()?,
        draagkracht: r.obj_optie("draagkracht")?.map(|d| draagkracht(&d)).transpose()?,
        bijzondere_bijstand: r.ja_nee("bijzondere_bijstand")?,
        afwijkingen: r
            .objecten("afwijkingen")?
            .iter()
            .map(|a| Ok(super::Afwijking { regel: a.tekst("regel")?, bron: a.tekst("bron")? }))
            .collect::<Uit<Vec<_>>>()?,
        niet_rechthebbende_partner: r.tekst_optie("niet_rechthebbende_partner")?.map(Into::into),
        aanvraag_url: r.tekst_optie("aanvraag_url")?.map(Into::into),
        ook_in_geld: r.tekst_optie("ook_in_geld")?.map(Into::into),
    })
}

fn voorwaarden(o: &Obj, diepte: usize) -> Uit<Vec<Voorwaarde>> {
    if diepte > MAX_DIEPTE {
        return fout(&o.pad("voorwaarden"), "te diep genest");
    }
    let mut uit = Vec::new();
    for v in o.objecten("voorwaarden")? {
        let blok = match v.tekst("soort")?.as_str() {
            "inkomen" => Blok::Inkomen {
                max_procent: v.decimaal("max_procent")?,
                zeker_tot_procent: v.decimaal_optie("zeker_tot_procent")?,
                toelichting: v.taal_optie("toelichting")?.map(Arc::new),
                kostendelersnorm: v.ja_nee("kostendelersnorm")?,
            },
            "vermogen" => Blok::Vermogen {
                onder_de_grens: v.ja_nee("onder_de_grens")?,
                boven_grens_beoordeling: v
                    .obj_optie("boven_grens_beoordeling")?
                    .map(|b| {
                        let eigen =
                            b.optie("alleen_eigen_woning").map(|_| b.ja_nee("alleen_eigen_woning")).transpose()?;
                        Ok(super::VermogenBeoordeling {
                            alleen_eigen_woning: eigen.unwrap_or_default(),
                            toelichting: Arc::new(b.taal("toelichting")?),
                        })
                    })
                    .transpose()?,
            },
            "leeftijd" => Blok::Leeftijd {
                wie: v.keuze::<Wie>("wie")?,
                minimaal: v.getal_optie("minimaal")?,
                maximaal: v.getal_optie("maximaal")?,
                onder_aow_leeftijd: v.ja_nee("onder_aow_leeftijd")?,
            },
            "kinderen" => {
                Blok::Kinderen { min_leeftijd: v.getal("min_leeftijd")?, max_leeftijd: v.getal("max_leeftijd")? }
            }
            "maanden_laag_inkomen" => Blok::MaandenLaagInkomen { minimaal: v.getal("minimaal")? },
            "woonkosten" => Blok::Woonkosten {
                boven_procent: v.decimaal("boven_procent")?,
                kostendelersnorm: v.ja_nee("kostendelersnorm")?,
                vermogen_boven_grens: v.ja_nee("vermogen_boven_grens")?,
                geen_draagkracht_bij_schuldregeling: v.ja_nee("geen_draagkracht_bij_schuldregeling")?,
                bijstand_kan_zonder_draagkracht: v.ja_nee("bijstand_kan_zonder_draagkracht")?,
            },
            "kostendelers" => Blok::Kostendelers { minimaal: v.getal("minimaal")? },
            "ja_nee" => Blok::JaNee {
                vraag: v.keuze::<JaNeeVraag>("vraag")?,
                wie: v.keuze_optie::<Wie>("wie")?,
                moet_zijn: v.ja_nee("moet_zijn")?,
                aangenomen: v.ja_nee("aangenomen")?,
            },
            "kosten" => Blok::Kosten(KostenEis {
                soorten: v.keuzes("kosten_soort")?,
                items: v.keuzes("items")?,
                alleen_vervanging: v.ja_nee("alleen_vervanging")?,
                min_jaren_sinds_vorige_vergoeding: v.getal_optie("min_jaren_sinds_vorige_vergoeding")?,
                niet_via_kinderen_tellen_mee: v.ja_nee("niet_via_kinderen_tellen_mee")?,
                alleen_eerste_kind: v.ja_nee("alleen_eerste_kind")?,
                overledenen: v.keuzes("overledenen")?,
                niet_wsnp: v.ja_nee("niet_wsnp")?,
                kinderopvang_redenen: v.keuzes("kinderopvang_redenen")?,
                reisdoelen: v.keuzes("reisdoelen")?,
                min_enkele_reis_km: v.getal_optie("min_enkele_reis_km")?,
                alleen_bij_dreigende_uitzetting: v.ja_nee("alleen_bij_dreigende_uitzetting")?,
                afwijzingen: v.objecten("afwijzingen")?.iter().map(afwijzing).collect::<Uit<Vec<_>>>()?,
                max_totaal: v.decimaal_optie("max_totaal")?,
                alleen_al_betaald: v.ja_nee("alleen_al_betaald")?,
            }),
            "afwijzingsgronden" => Blok::Afwijzingsgronden(afwijzing(&v)?),
            "beoordeling" => Blok::Beoordeling { tekst: Arc::new(v.taal("tekst")?) },
            "alle" => Blok::Alle(voorwaarden(&v, diepte + 1)?),
            "een_van" => Blok::EenVan(voorwaarden(&v, diepte + 1)?),
            ander => return fout(&v.pad("soort"), format!("onbekende soort '{ander}'")),
        };
        uit.push(Voorwaarde { blok, bron: v.tekst("bron")?.into() });
    }
    Ok(uit)
}

fn afwijzing(a: &Obj) -> Uit<Afwijzingsgronden> {
    Ok(Afwijzingsgronden {
        uitgesloten: a.keuzes("uitgesloten")?,
        zeer_dringende_redenen: a.ja_nee("zeer_dringende_redenen")?,
        voorliggend_voor: a.keuzes("voorliggend_voor")?,
        al_betaald: a.keuze::<AlBetaald>("al_betaald")?,
        al_betaald_toelichting: a.taal_optie("al_betaald_toelichting")?.map(Arc::new),
        alleen_soorten: a.keuzes("alleen_soorten")?,
    })
}

fn bedrag(b: &Obj) -> Uit<Bedragregel> {
    Ok(match b.tekst("soort")?.as_str() {
        "percentage_norm_per_jaar" => Bedragregel::PercentageNormPerJaar {
            norm: {
                let naam = b.tekst("norm")?;
                match Normcategorie::ALLE.into_iter().find(|c| c.naam() == naam) {
                    Some(c) => c,
                    None => return fout(&b.pad("norm"), format!("onbekende norm '{naam}'")),
                }
            },
            inclusief_vakantietoeslag: b.ja_nee("inclusief_vakantietoeslag")?,
            procent: b.decimaal("procent")?,
            afronding: match b.tekst("afronding")?.as_str() {
                "op_centen" => Afronding::OpCenten,
                "hele_euros_omhoog" => Afronding::HeleEurosOmhoog,
                ander => return fout(&b.pad("afronding"), format!("onbekende afronding '{ander}'")),
            },
            gehuwden_procent: b.decimaal("gehuwden_procent")?,
            alleenstaande_procent: b.decimaal("alleenstaande_procent")?,
            alleenstaande_ouder_procent: b.decimaal("alleenstaande_ouder_procent")?,
            bron: b.tekst("bron")?,
        },
        "vast" => Bedragregel::Vast {
            bedrag: b.decimaal("bedrag")?,
            per: b.keuze::<Periode>("per")?,
            maximaal: b.ja_nee("maximaal")?,
            bron: b.tekst("bron")?,
        },
        "onbekend" => Bedragregel::Onbekend { document: b.tekst("document")?, toelichting: b.taal("toelichting")? },
        "kosten_min_draagkracht" => Bedragregel::KostenMinDraagkracht,
        ander => return fout(&b.pad("soort"), format!("onbekende soort '{ander}'")),
    })
}

fn draagkracht(d: &Obj) -> Uit<Draagkrachtregel> {
    Ok(match d.tekst("soort")?.as_str() {
        "percentage_boven_norm" => Draagkrachtregel::PercentageBovenNorm(PercentageBovenNorm {
            inkomen_procent: d.decimaal("inkomen_procent")?,
            boven_procent: d.decimaal("boven_procent")?,
            kostendelersnorm: d.ja_nee("kostendelersnorm")?,
            vermogen_boven_grens: d.ja_nee("vermogen_boven_grens")?,
            vermogen_vrijlating: d.keuze("vermogen_vrijlating")?,
            vermogen_vrijlating_bedrag: d.decimaal_optie("vermogen_vrijlating_bedrag")?,
            periode_maanden: d.getal("periode_maanden")?,
            periode_maanden_aow: d.getal_optie("periode_maanden_aow")?,
            geen_draagkracht_bij_schuldregeling: d.ja_nee("geen_draagkracht_bij_schuldregeling")?,
            berekend_tot_procent: d.decimaal_optie("berekend_tot_procent")?,
            eigen_woning_zonder_onderzoek_tot: d.decimaal_optie("eigen_woning_zonder_onderzoek_tot")?,
            bijstand_kan_zonder_draagkracht: d.ja_nee("bijstand_kan_zonder_draagkracht")?,
            aftrekposten: d.taal_optie("aftrekposten")?.map(Arc::new),
            zorgkosten: d
                .obj_optie("zorgkosten")?
                .map(|z| {
                    Ok(Zorgkostenverlaging {
                        tot_procent: z.decimaal("tot_procent")?,
                        maximale_verlaging: z.decimaal("maximale_verlaging")?,
                        bron: z.tekst("bron")?,
                    })
                })
                .transpose()?,
            bron: d.tekst("bron")?,
        }),
        "onbekend" => Draagkrachtregel::Onbekend { document: d.tekst("document")? },
        ander => return fout(&d.pad("soort"), format!("onbekende soort '{ander}'")),
    })
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;

    fn bunschoten() -> Value {
        let p = Policy::uit_toml("b.toml", include_str!("../../policies/bunschoten.toml")).unwrap();
        schrijf(&p)
    }

    fn fout_in(json: &Value) -> Diagnose {
        lees("b.json", &json.to_string()).unwrap_err().remove(0)
    }

    #[test]
    fn a_wrong_field_is_named_with_its_path() {
        let mut j = bunschoten();
        j["regelingen"][1]["geldig_vanaf"] = Value::String("morgen".into());
        let d = fout_in(&j);
        assert_eq!((d.code, d.veld.as_str()), ("ongeldig_gecompileerd", "regelingen[1].geldig_vanaf"));
        let mut j = bunschoten();
        j["regelingen"][0]["voorwaarden"][0]["soort"] = Value::String("inkomn".into());
        assert_eq!(fout_in(&j).veld, "regelingen[0].voorwaarden[0].soort");
        let mut j = bunschoten();
        j["regelingen"][0]["naam"] = serde_json::json!({ "nl": "Alleen Nederlands" });
        assert_eq!(fout_in(&j).veld, "regelingen[0].naam.en");
    }

    #[test]
    fn an_aanvraag_url_that_is_no_https_address_is_refused() {
        let mut j = bunschoten();
        j["regelingen"][0]["aanvraag_url"] = Value::String("javascript:alert(1)".into());
        assert_eq!(fout_in(&j).veld, "regelingen[0].aanvraag_url");
        let mut j = bunschoten();
        j["regelingen"][0]["aanvraag_url"] = Value::String("https://www.bunschoten.nl/aanvragen".into());
        assert!(lees("b.json", &j.to_string()).is_ok());
    }

    #[test]
    fn links_and_endpoints_that_are_no_https_address_are_refused() {
        // Issue 14: a compiled policy is what a host serves; it is checked as `bur check` checks.
        let mut j = bunschoten();
        j["gemeente"]["website"] = Value::String("javascript:alert(1)".into());
        assert_eq!(fout_in(&j).veld, "gemeente.website");
        let mut j = bunschoten();
        j["keukentafelgesprek"] = serde_json::json!({ "endpoint": "http://example.nl/aanvragen", "bron": "test" });
        assert_eq!(fout_in(&j).veld, "keukentafelgesprek.endpoint");
        let mut j = bunschoten();
        j["keukentafelgesprek"] = serde_json::json!({ "privacyverklaring": "javascript:alert(1)", "bron": "test" });
        assert_eq!(fout_in(&j).veld, "keukentafelgesprek.privacyverklaring");
        let mut j = bunschoten();
        j["keukentafelgesprek"] = serde_json::json!({ "endpoint": "http://127.0.0.1:8787/aanvragen", "privacyverklaring": "mailto:privacy@bunschoten.nl", "bron": "test" });
        assert!(lees("b.json", &j.to_string()).is_ok());
    }

    /// Issue 14: a percentage of 1e28 panicked the WebAssembly instance (an overflow in the
    /// engine's arithmetic) and a negative one gave a negative amount. The compiled reader now
    /// refuses every value `bur check` refuses, naming the field.
    #[test]
    fn values_out_of_range_are_refused_as_bur_check_refuses_them() {
        let gevallen: [(&str, fn(&mut Value)); 9] = [
            ("regelingen[0].voorwaarden[4].max_procent", |j| {
                j["regelingen"][0]["voorwaarden"][4]["max_procent"] = "10000000000000000000000000000".into()
            }),
            ("regelingen[0].voorwaarden[4].max_procent", |j| {
                j["regelingen"][0]["voorwaarden"][4]["max_procent"] = "-5".into()
            }),
            ("regelingen[0].bedrag.procent", |j| j["regelingen"][0]["bedrag"]["procent"] = "-50".into()),
            ("regelingen[0].bedrag.leefvorm_procent.gehuwden", |j| {
                j["regelingen"][0]["bedrag"]["gehuwden_procent"] = "1001".into()
            }),
            ("regelingen[0].voorwaarden[2].minimaal", |j| {
                j["regelingen"][0]["voorwaarden"][2]["minimaal"] = 300.into();
                j["regelingen"][0]["voorwaarden"][2]["maximaal"] = 200.into()
            }),
            ("regelingen[1].voorwaarden[0]", |j| j["regelingen"][1]["voorwaarden"][0]["max_leeftijd"] = 30.into()),
            ("regelingen[0].geldig_tot", |j| j["regelingen"][0]["geldig_tot"] = "2001-01-01".into()),
            ("regelingen[4].voorwaarden[0].voorwaarden[0].bron", |j| {
                j["regelingen"][4]["voorwaarden"][0]["voorwaarden"][0]["bron"] = " ".into()
            }),
            ("regelingen[1].id", |j| j["regelingen"][1]["id"] = "individuele-inkomenstoeslag".into()),
        ];
        for (veld, wijzig) in gevallen {
            let mut j = bunschoten();
            wijzig(&mut j);
            let fouten = lees("b.json", &j.to_string()).unwrap_err();
            assert!(fouten.iter().any(|f| f.veld == veld), "{veld}: {fouten:?}");
        }
    }

    #[test]
    fn another_format_is_refused_with_what_to_do() {
        let mut j = bunschoten();
        j["formaat"] = Value::from(FORMAAT + 1);
        let d = fout_in(&j);
        assert_eq!(d.veld, "formaat");
        assert!(d.bericht.contains("bur json"), "{}", d.bericht);
    }
}

/// `[gemeente.inkomen]`: what a gemeente counts in the income itself (absent flags: no).
fn inkomensregels(i: &Obj) -> Uit<Inkomensregels> {
    let vlag = |naam: &str| i.optie(naam).map(|_| i.ja_nee(naam)).transpose().map(Option::unwrap_or_default);
    Ok(Inkomensregels {
        alleenstaande_ouderkop_telt_mee: vlag("alleenstaande_ouderkop_telt_mee")?,
        alimentatie_in_mindering: vlag("alimentatie_in_mindering")?,
        bron: i.tekst("bron")?,
    })
}
