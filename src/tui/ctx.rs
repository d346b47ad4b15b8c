//! What every screen reads: the file, the day, the computed view, the theme and the language,
//! with the helpers that put amounts and messages into words. A screen renders from a [`Ctx`]
//! and its own state, and never sees the [`App`](super::app::App); what it needs of the app
//! it asks for with a [`Request`].

use std::borrow::Cow;

use chrono::NaiveDate;

use super::form::Form;
use super::i18n::{Msg, t};
use super::theme::Theme;
use super::view::View;
use crate::model::{Data, Language};
use crate::money::{Money, display};
use crate::store::{Edit, Store};

/// The shared data a screen draws from and decides on.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub store: &'a Store,
    pub today: NaiveDate,
    pub view: &'a View,
    pub theme: &'a Theme,
    pub lang: Language,
    /// The monthly budget the plans use: the file's, plus the Plan screen's what-if change.
    pub budget: Money,
    /// The file changed on disk: nothing is saved until it is reloaded.
    pub paused: bool,
}

impl<'a> Ctx<'a> {
    /// The file's content.
    pub fn data(&self) -> &'a Data {
        self.store.data()
    }

    /// A message in the app's language.
    pub fn t(&self, m: Msg) -> Cow<'static, str> {
        t(self.lang, m)
    }

    /// An amount with the file's currency symbol.
    pub fn money(&self, m: Money) -> String {
        display(m, &self.data().currency)
    }

    /// An amount in at most `width` columns: whole where it fits, else abbreviated
    /// ([`crate::money::display_in`]).
    pub fn money_in(&self, m: Money, width: usize) -> String {
        crate::money::display_in(m, &self.data().currency, self.lang, width)
    }
}

/// What a screen's `update` asks of the app: what is beyond the screen's own state.
#[derive(Clone, Debug)]
pub enum Request {
    /// Open a form.
    Form(Form),
    /// Open an overlay: a confirmation, the product list.
    Overlay(super::app::Overlay),
    /// The payment form for a debt: of this amount, or of what it owes next.
    Pay { debt: usize, amount: Option<Money> },
    /// Open the Negotiate screen on a debt.
    Negotiate(usize),
    /// The what-if inputs changed: compute the plans again.
    Replan,
    /// Apply an edit to the file and save it; the words say it was done. (Boxed: an edit is
    /// large beside the other requests.)
    Edit(Box<Edit>, String),
    /// Say something on the status line; `true` for something wrong.
    Say(String, bool),
}
