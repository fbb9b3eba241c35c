//! What every test may look at: the derived household, the national norms, and, for the
//! "what if" margin, an income that replaces the household's own.

use super::feit::Feit;
use super::huishouden::Huishouden;
use crate::household::Antwoorden;
use crate::norms::Normen;
use rust_decimal::Decimal;

pub struct Context<'a> {
    pub huishouden: Huishouden<'a>,
    pub normen: &'a Normen,
    /// Household income per month to test with instead of the answers' (the margin).
    pub inkomen_anders: Option<Decimal>,
    /// The regeling being evaluated leaves a niet-rechthebbende partner out (002 art. 7.4.3 lid 2).
    pub niet_rechthebbende_partner: bool,
    /// More than one regeling sets the one draagkracht against the household's costs
    /// (specifiek.rs): no regeling may then call its own costs covered.
    pub draagkracht_gedeeld: bool,
    /// The partner's right to bijstand taken as given (`Some(true)`) or as absent
    /// (`Some(false)`) instead of the answers: while the answer is missing, the outcome tests
    /// both and the amount follows the only one that can give a right (002 art. 7.4.3 lid 2).
    pub partner_recht: Option<bool>,
}

impl<'a> Context<'a> {
    /// The context for one set of answers (the household's own, or the exchanged or filtered
    /// ones a regeling is tested with).
    pub fn nieuw(
        antwoorden: &'a Antwoorden,
        normen: &'a Normen,
        peildatum: crate::datum::Datum,
        gemeente: &crate::policy::Gemeente,
        draagkracht_gedeeld: bool,
    ) -> Result<Context<'a>, crate::norms::NormFout> {
        let huishouden = Huishouden::nieuw(antwoorden, normen, peildatum, gemeente)?;
        Ok(Context {
            huishouden,
            normen,
            inkomen_anders: None,
            niet_rechthebbende_partner: false,
            draagkracht_gedeeld,
            partner_recht: None,
        })
    }

    /// Whether an income test applies the kostendelersnorm its block asks for: not for someone
    /// on algemene bijstand, whose income already has it (001 Ad. 7; the same in every income
    /// test), so the others in the home need not be asked.
    pub fn kostendelersnorm_voor_inkomen(&self, gevraagd: bool) -> bool {
        gevraagd && !self.op_bijstand()
    }

    /// The norm an income is measured against, in an income test, a draagkracht and the housing
    /// costs: for someone of 18 to 20 on bijstand the norm from 21, whose aanvulling is in the
    /// income already (002 ch. 12, 001 Ad. c), for the limit and the sure band alike.
    pub fn toetsnorm_voor(&self, kostendelersnorm: bool) -> &super::feit::Feit<super::huishouden::ToegepasteNorm> {
        match self.huishouden.norm_als_21(kostendelersnorm) {
            Some(n21) if self.op_bijstand() => n21,
            _ => self.huishouden.norm_voor(kostendelersnorm),
        }
    }

    /// The questions `op_bijstand` reads.
    pub fn inkomensbron_vragen(&self) -> crate::questions::Vragen {
        use crate::questions::{Vraag, Vragen};
        let v = Vragen::van(&[Vraag::AanvragerInkomensbron]);
        if self.antwoorden().heeft_partner == Some(true) {
            v.met(Vraag::PartnerInkomensbron)
        } else {
            v
        }
    }

    /// Aanvrager or partner lives on algemene bijstand (the answer `inkomensbron`).
    pub fn op_bijstand(&self) -> bool {
        let a = self.antwoorden();
        let bijstand = Some(crate::household::Inkomensbron::Bijstand);
        a.aanvrager.inkomensbron == bijstand || (a.heeft_partner == Some(true) && a.partner.inkomensbron == bijstand)
    }

    pub fn antwoorden(&self) -> &Antwoorden {
        self.huishouden.antwoorden
    }

    pub fn inkomen(&self) -> Feit<Decimal> {
        match self.inkomen_anders {
            Some(i) => Feit::bekend(i, self.huishouden.inkomen.gelezen),
            None => self.huishouden.inkomen.clone(),
        }
    }
}
