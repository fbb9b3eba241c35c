//! The regelingen overview's words (`policy::beschrijving`, `locales/<taal>/beschrijving.ftl`)
//! in every language: every rule of every policy renders through the catalog check, with no
//! missing message or argument, and every id a selector chooses on has its own words in each
//! language (a variant key a translation misspells would fall back to the default: the same
//! words for two ids).
#![cfg(not(target_arch = "wasm32"))]

use bur::catalogus::{Catalogus, TALEN};
use bur::household::{KinderopvangReden, KostSoort, Overledene, Reisdoel, WitgoedItem};
use bur::policy::{beschrijving, Blok, JaNeeVraag, KostenEis, Wie};
use bur::uitleg::Bericht;
use bur::Policy;
use std::collections::BTreeSet;
use std::path::Path;

fn policies() -> Vec<Policy> {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let mut uit = Vec::new();
    for e in std::fs::read_dir(&map).unwrap() {
        let pad = e.unwrap().path();
        if pad.extension().is_some_and(|x| x == "toml") {
            let tekst = std::fs::read_to_string(&pad).unwrap();
            uit.push(Policy::uit_toml(&pad.display().to_string(), &tekst).unwrap());
        }
    }
    assert!(uit.len() >= 3, "the policies of Bunschoten, Montferland and Roosendaal");
    uit
}

fn zeg(c: &Catalogus, taal: &str, b: &Bericht) -> String {
    c.controleer(b).unwrap_or_else(|e| panic!("{taal}: {e}"))
}

#[test]
fn every_rule_of_every_policy_renders_in_every_language() {
    let policies = policies();
    for taal in TALEN {
        let c = Catalogus::van(taal).unwrap();
        let mut aantal = 0;
        for p in &policies {
            for r in &p.regelingen {
                for v in &r.voorwaarden {
                    zeg(c, taal, &beschrijving::voorwaarde(&v.blok));
                    aantal += 1;
                }
                if let Some(b) = &r.bedrag {
                    zeg(c, taal, &beschrijving::bedrag(b));
                }
                if let Some(d) = &r.draagkracht {
                    zeg(c, taal, &beschrijving::draagkracht(d));
                }
            }
            for s in &p.signalen {
                for b in beschrijving::signaalvoorwaarden(&s.voorwaarden) {
                    zeg(c, taal, &b);
                }
            }
        }
        assert!(aantal > 50, "{taal}: {aantal} conditions");
    }
}

fn kosten(json: serde_json::Value) -> Blok {
    Blok::Kosten(serde_json::from_value::<KostenEis>(json).unwrap())
}

/// In each language, each block of `blokken` in its own words.
fn elk_eigen_woorden(wat: &str, blokken: &[Blok]) {
    for taal in TALEN {
        let c = Catalogus::van(taal).unwrap();
        let zinnen: Vec<String> = blokken.iter().map(|b| zeg(c, taal, &beschrijving::voorwaarde(b))).collect();
        let verschillend: BTreeSet<&String> = zinnen.iter().collect();
        assert_eq!(verschillend.len(), zinnen.len(), "{taal}: two {wat} in the same words: {zinnen:#?}");
    }
}

#[test]
fn every_id_a_selector_chooses_on_has_its_own_words_in_every_language() {
    let vragen = [
        "student",
        "chronisch_ziek_of_beperking",
        "geldige_verblijfstitel",
        "gedetineerd",
        "schulden",
        "heeft_partner",
        "partner_woont_elders",
        "inkomenstoeslag_laatste_12_maanden",
        "eigen_woning",
        "beperking_huisgenoot",
        "zelfstandige_huishouding",
        "schuldregeling",
    ];
    let mut ja_nee = Vec::new();
    for v in vragen {
        let vraag: JaNeeVraag = serde_json::from_value(serde_json::json!(v)).unwrap();
        for moet_zijn in [true, false] {
            ja_nee.push(Blok::JaNee { vraag, wie: None, moet_zijn, aangenomen: false });
        }
    }
    elk_eigen_woorden("yes/no conditions", &ja_nee);

    let wie: Vec<Blok> = ["aanvrager", "partner", "aanvrager_en_partner", "aanvrager_of_partner"]
        .iter()
        .map(|w| Blok::Leeftijd {
            wie: serde_json::from_value::<Wie>(serde_json::json!(w)).unwrap(),
            minimaal: Some(18),
            maximaal: None,
            onder_aow_leeftijd: false,
        })
        .collect();
    elk_eigen_woorden("persons", &wie);

    let soorten: Vec<Blok> =
        KostSoort::NAMEN.iter().map(|s| kosten(serde_json::json!({ "kosten_soort": [s] }))).collect();
    elk_eigen_woorden("kinds of cost", &soorten);
    // The other lists of a kosten block, each within the kind of cost it belongs to.
    for (wat, soort, veld, namen) in [
        ("appliances", "witgoed", "items", WitgoedItem::NAMEN),
        ("deceased", "uitvaart", "overledenen", Overledene::NAMEN),
        ("purposes of travel", "reiskosten", "reisdoelen", Reisdoel::NAMEN),
        ("reasons for childcare", "kinderopvang", "kinderopvang_redenen", KinderopvangReden::NAMEN),
    ] {
        let blokken: Vec<Blok> = namen
            .iter()
            .map(|n| {
                let mut eis = serde_json::Map::new();
                eis.insert("kosten_soort".into(), serde_json::json!([soort]));
                eis.insert(veld.into(), serde_json::json!([n]));
                kosten(serde_json::Value::Object(eis))
            })
            .collect();
        elk_eigen_woorden(wat, &blokken);
    }
}

/// Every clause of a cost condition at once, and the Dutch exactly as `bur docs` always wrote it.
#[test]
fn a_cost_condition_with_every_clause_renders_and_reads_as_before_in_dutch() {
    let blok = kosten(serde_json::json!({
        "kosten_soort": ["witgoed", "computer"],
        "items": ["wasmachine", "koelkast"],
        "alleen_vervanging": true,
        "min_jaren_sinds_vorige_vergoeding": 5,
        "niet_via_kinderen_tellen_mee": true,
        "alleen_eerste_kind": true,
        "overledenen": ["partner", "kind"],
        "niet_wsnp": true,
        "kinderopvang_redenen": ["werkaanvaarding"],
        "reisdoelen": ["school"],
        "min_enkele_reis_km": 10,
        "alleen_bij_dreigende_uitzetting": true,
        "max_totaal": "150",
        "alleen_al_betaald": true
    }));
    let b = beschrijving::voorwaarde(&blok);
    for taal in TALEN {
        zeg(Catalogus::van(taal).unwrap(), taal, &b);
    }
    assert_eq!(
        zeg(Catalogus::van("nl").unwrap(), "nl", &b),
        "een kostenpost voor witgoed of computer (wasmachine, koelkast), alleen vervanging (geen eerste aanschaf of \
         reparatie), eenmaal per 5 jaar, alleen voor het eerste kind, voor de uitvaart van: partner, kind, voor: school \
         die niet in de buurt kan, een enkele reis van minstens 10 km (korter: misschien), alleen bij een dreigende \
         huisuitzetting of afsluiting, niet voor bewindvoering in de WSNP, nodig voor: werk na de bijstand, alleen al \
         betaalde kosten, samen hoogstens €\u{a0}150,00 per kalenderjaar, niet als er in de afgelopen 60 maanden een \
         computer via Kinderen tellen mee kwam"
    );
}
