//! The app's state and its one `update`: every key and every result of the loop's I/O comes in
//! as an [`Event`], changes the state, and may ask for [`Effect`]s (save, reload, quit) that the
//! loop performs. Nothing here does I/O, so tests drive it directly.

use std::borrow::Cow;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::{Action, Effect, Event};
use super::ctx::{Ctx, Request};
use super::form::Form;
use super::i18n::{Msg, t};
use super::screens::budget::{self, BudgetState};
use super::screens::calendar::CalendarState;
use super::screens::dashboard::DashboardState;
pub use super::screens::debts::DebtsState;
pub use super::screens::negotiate::{NegoField, NegotiateState};
pub use super::screens::plan::PlanState;
use super::screens::scenarios::ScenariosState;
use super::theme::Theme;
use super::view::View;
use crate::lender::Product;
use crate::model::{Language, Negotiated};
use crate::money::{Money, display, from_cents};
use crate::store::{Edit, Store};

mod overlay;

/// How many edits `u` can take back.
const UNDO_LEVELS: usize = 50;

/// What a new debt can start from: a product, or nothing (`None`: the blank form).
pub const PRODUCT_CHOICES: [Option<Product>; 7] = [
    Some(Product::BankCard),
    Some(Product::Huabei),
    Some(Product::Baitiao),
    Some(Product::Jiebei),
    Some(Product::BankLoan),
    Some(Product::OnlineLender),
    None,
];

/// The six screens, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Dashboard,
    Debts,
    Budget,
    Plan,
    Negotiate,
    Calendar,
    Scenarios,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Dashboard,
        Screen::Debts,
        Screen::Budget,
        Screen::Plan,
        Screen::Negotiate,
        Screen::Calendar,
        Screen::Scenarios,
    ];

    pub fn title(self) -> Msg<'static> {
        match self {
            Screen::Dashboard => Msg::Dashboard,
            Screen::Debts => Msg::Debts,
            Screen::Budget => Msg::Budget,
            Screen::Plan => Msg::Plan,
            Screen::Negotiate => Msg::Negotiate,
            Screen::Calendar => Msg::Calendar,
            Screen::Scenarios => Msg::Scenarios,
        }
    }

    fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn step(self, by: usize) -> Screen {
        Screen::ALL[(self.index() + by) % Screen::ALL.len()]
    }
}

/// What a confirmation asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    DeleteDebt(usize),
    DeleteFlow { expense: bool, index: usize },
    DeleteScenario(usize),
    AdoptScenario(usize),
}

/// A panel over the screen that takes the keys while open.
#[derive(Clone, Debug)]
pub enum Overlay {
    Help,
    Confirm(Confirm),
    /// A new debt's first step: which product it is (the index into [`PRODUCT_CHOICES`]).
    Products(usize),
    Form(Form),
    /// The file changed on disk: reload, or keep browsing with edits paused. When the last
    /// reload failed ([`App::file_error`]) it shows the loader's error instead.
    Conflict,
}

/// A form the user submitted (or was typing in) while edits were paused: kept until the file
/// loads again, then saved if it still applies.
#[derive(Clone, Debug)]
pub struct Held {
    pub form: Form,
    /// The name of the debt or budget line the form is about, as it was: after a reload the
    /// form follows the name, not the index.
    pub target: Option<String>,
    /// Enter was pressed: save it after the reload (else the form opens again).
    pub submit: bool,
}

/// The whole state of the app.
#[derive(Clone, Debug)]
pub struct App {
    pub store: Store,
    pub today: NaiveDate,
    pub lang: Language,
    /// The language when the file names none (from the locale).
    pub default_lang: Language,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The last thing that happened, and whether it went wrong.
    pub status: Option<(String, bool)>,
    pub saved_at: Option<String>,
    /// The file's text before each edit, newest last.
    pub undo: Vec<String>,
    /// The file changed on disk: nothing is saved until it is reloaded.
    pub paused: bool,
    /// Why the last reload failed (the loader's `file:line:column: key: message`); shown until
    /// a reload works. The screens keep the last good data meanwhile.
    pub file_error: Option<String>,
    /// A form waiting for the reload.
    pub held: Option<Held>,
    /// The form whose edit is being saved: given back if the save fails.
    pending: Option<Form>,
    pub view: View,
    // Each screen's own state (STYLE.md pattern 0): the app only routes keys to it.
    dashboard: DashboardState,
    debts: DebtsState,
    budget: BudgetState,
    plan: PlanState,
    negotiate: NegotiateState,
    calendar: CalendarState,
    scenarios: ScenariosState,
}

impl App {
    /// The app on a file; `locale` is the language when the file names none.
    pub fn new(store: Store, today: NaiveDate, locale: Language, no_color: bool) -> App {
        let lang = store.data().language.unwrap_or(locale);
        let plan = PlanState::new(store.data().budget.strategy());
        let negotiate = NegotiateState::for_debt(&store, 0);
        let view = View::new(
            store.data(),
            today,
            plan.strategy,
            store.data().budget.monthly_budget(),
            // The app opens on the Dashboard: the negotiation what-if waits for its screen.
            None,
        );
        let status = typo_notice(&store);
        App {
            status,
            store,
            today,
            lang,
            default_lang: locale,
            theme: Theme::new(no_color),
            screen: Screen::Dashboard,
            overlay: None,
            saved_at: None,
            undo: Vec::new(),
            paused: false,
            file_error: None,
            held: None,
            pending: None,
            view,
            dashboard: DashboardState::default(),
            debts: DebtsState::default(),
            budget: BudgetState::default(),
            plan,
            negotiate,
            calendar: CalendarState::default(),
            scenarios: ScenariosState::default(),
        }
    }

    /// A message in the app's language.
    pub fn t(&self, m: Msg) -> Cow<'static, str> {
        t(self.lang, m)
    }

    /// An amount with the file's currency symbol.
    pub fn money(&self, m: Money) -> String {
        display(m, &self.store.data().currency)
    }

    /// An amount in at most `width` columns: whole where it fits, else abbreviated
    /// ([`crate::money::display_in`]).
    pub fn money_in(&self, m: Money, width: usize) -> String {
        crate::money::display_in(m, &self.store.data().currency, self.lang, width)
    }

    /// The monthly budget the plans use: the file's, plus the what-if change.
    pub fn what_if_budget(&self) -> Money {
        self.plan.budget(self.view.base_budget)
    }

    /// The Plan screen's what-if inputs.
    pub fn plan(&self) -> &PlanState {
        &self.plan
    }

    /// The Negotiate screen's proposal.
    pub fn negotiate(&self) -> &NegotiateState {
        &self.negotiate
    }

    /// The Debts screen's selection.
    pub fn debts(&self) -> &DebtsState {
        &self.debts
    }

    /// What the screens read.
    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            store: &self.store,
            today: self.today,
            view: &self.view,
            theme: &self.theme,
            lang: self.lang,
            budget: self.what_if_budget(),
            paused: self.paused,
        }
    }

    /// Draws the current screen's body.
    pub(in crate::tui) fn render_screen(&self, frame: &mut Frame, area: Rect) {
        let ctx = self.ctx();
        match self.screen {
            Screen::Dashboard => self.dashboard.render(&ctx, frame, area),
            Screen::Debts => self.debts.render(&ctx, frame, area),
            Screen::Budget => self.budget.render(&ctx, frame, area),
            Screen::Plan => self.plan.render(&ctx, frame, area),
            Screen::Negotiate => self.negotiate.render(&ctx, frame, area),
            Screen::Calendar => self.calendar.render(&ctx, frame, area),
            Screen::Scenarios => self.scenarios.render(&ctx, frame, area),
        }
    }

    /// Sets the day (the loop calls it when the date changes while the app runs).
    pub fn set_today(&mut self, today: NaiveDate) {
        if today != self.today {
            self.today = today;
            self.refresh();
        }
    }

    /// Recomputes everything from the file.
    fn refresh(&mut self) {
        let n = self.store.data().debts.len();
        self.debts.sel = self.debts.sel.min(n.saturating_sub(1));
        if self.negotiate.debt >= n {
            self.negotiate = NegotiateState::for_debt(&self.store, 0);
        }
        let rows = budget::rows(self.store.data()).len();
        self.budget.sel = self.budget.sel.min(rows.saturating_sub(1));
        self.view = View::new(
            self.store.data(),
            self.today,
            self.plan.strategy,
            self.store.data().budget.monthly_budget() + from_cents(self.plan.delta),
            Self::shown_negotiation(self.screen, &self.negotiate),
        );
        let warnings = self.view.warnings.len();
        self.dashboard.sel = self.dashboard.sel.min(warnings.saturating_sub(1));
    }

    /// The Negotiate screen's proposal, while that screen shows: its what-if is worked out
    /// only then.
    fn shown_negotiation(
        screen: Screen,
        negotiate: &NegotiateState,
    ) -> Option<(usize, &Negotiated)> {
        (screen == Screen::Negotiate).then_some((negotiate.debt, &negotiate.plan))
    }

    /// Recomputes the plans only: a what-if keystroke.
    fn replan(&mut self) {
        let budget = self.what_if_budget();
        self.view.replan(
            self.store.data(),
            self.plan.strategy,
            budget,
            Self::shown_negotiation(self.screen, &self.negotiate),
        );
        self.plan.fit(&self.view);
    }

    fn say(&mut self, text: String, error: bool) {
        self.status = Some((text, error));
    }

    /// Applies an edit to the file and asks for a save; the previous text goes on the undo
    /// stack. Refused while the file on disk is not the one loaded.
    fn edit(&mut self, edit: Edit, done: String) -> Vec<Effect> {
        if self.paused {
            self.say(self.t(self.paused_msg()).to_string(), true);
            return Vec::new();
        }
        let before = self.store.text().to_string();
        // A new debt is appended: the selection follows it.
        let added = matches!(edit, Edit::UpsertDebt { index: None, .. });
        // So does a new scenario (the last row).
        let kept = matches!(edit, Edit::AddScenario { .. });
        match self.store.apply(edit) {
            Ok(()) => {
                self.undo.push(before);
                if self.undo.len() > UNDO_LEVELS {
                    self.undo.remove(0);
                }
                if added {
                    self.debts.sel = self.store.data().debts.len().saturating_sub(1);
                }
                if kept {
                    self.scenarios.sel = usize::MAX;
                }
                self.refresh();
                self.say(done, false);
                vec![Effect::Save]
            }
            Err(e) => {
                let msg = self
                    .t(Msg::NotSaved {
                        why: &e.to_string(),
                    })
                    .into_owned();
                self.say(msg, true);
                Vec::new()
            }
        }
    }

    /// Handles one event; the Scenarios screen's rows are worked out once it shows.
    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        let effects = self.handle(event);
        if self.screen == Screen::Negotiate {
            let budget = self.what_if_budget();
            let nego = Some((self.negotiate.debt, &self.negotiate.plan));
            self.view
                .show_what_if(self.store.data(), self.plan.strategy, budget, nego);
        }
        if self.screen == Screen::Scenarios {
            let budget = self.what_if_budget();
            self.view
                .show_scenarios(self.store.data(), self.today, self.plan.strategy, budget);
            let rows = self.view.scenarios.as_ref().map_or(0, ScenariosState::rows);
            self.scenarios.fit(rows);
        }
        effects
    }

    fn handle(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Key(action) => self.act(action),
            Event::Saved(at) => {
                self.saved_at = Some(at);
                self.pending = None;
                Vec::new()
            }
            Event::SaveFailed(why) => {
                // The screen shows what the file holds: the edit that was not saved is undone.
                self.store.revert();
                if self.undo.last().map(String::as_str) == Some(self.store.text()) {
                    self.undo.pop();
                }
                self.lang = self.store.data().language.unwrap_or(self.default_lang);
                self.refresh();
                let msg = self.t(Msg::NotSaved { why: &why }).into_owned();
                self.say(msg, true);
                // The typed work comes back, to try again.
                if let Some(form) = self.pending.take() {
                    self.overlay = Some(Overlay::Form(form));
                }
                Vec::new()
            }
            Event::Conflict => {
                self.paused = true;
                self.overlay = Some(Overlay::Conflict);
                // A form's edit was not written: take it back off the screen, and keep the form
                // to save after the reload.
                if let Some(form) = self.pending.take() {
                    self.store.revert();
                    if self.undo.last().map(String::as_str) == Some(self.store.text()) {
                        self.undo.pop();
                    }
                    self.refresh();
                    self.hold(form, true);
                }
                Vec::new()
            }
            // The file was fixed (or changed again) while it had an error: try it at once.
            Event::DiskChanged if self.file_error.is_some() => {
                if let Some(Overlay::Form(form)) = self.overlay.take() {
                    self.hold(form, false);
                }
                vec![Effect::Reload]
            }
            Event::DiskChanged => {
                self.paused = true;
                // A form being typed in stays open: it says it cannot be saved yet.
                if !matches!(self.overlay, Some(Overlay::Form(_))) {
                    self.overlay = Some(Overlay::Conflict);
                }
                Vec::new()
            }
            Event::Reloaded => {
                self.paused = false;
                self.file_error = None;
                self.lang = self.store.data().language.unwrap_or(self.default_lang);
                self.undo.clear();
                self.overlay = None;
                self.refresh();
                self.say(self.t(Msg::Reloaded).to_string(), false);
                if let Some(typo) = typo_notice(&self.store) {
                    self.status = Some(typo);
                }
                match self.held.take() {
                    Some(held) => self.resume(held),
                    None => Vec::new(),
                }
            }
            Event::ReloadFailed(why) => {
                // Keep the last good data on screen, and say what is wrong with the file, in a
                // panel that offers to reload again (hledger-ui's error screen).
                self.paused = true;
                self.say(why.clone(), true);
                self.file_error = Some(why);
                match self.held.take() {
                    // A form being typed in goes back to the user.
                    Some(held) if !held.submit => self.overlay = Some(Overlay::Form(held.form)),
                    held => {
                        self.held = held;
                        self.overlay = Some(Overlay::Conflict);
                    }
                }
                Vec::new()
            }
        }
    }

    fn act(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::Quit {
            return vec![Effect::Quit];
        }
        if let Some(overlay) = self.overlay.take() {
            return self.act_overlay(overlay, action);
        }
        match action {
            Action::NextScreen => self.screen = self.screen.step(1),
            Action::PrevScreen => self.screen = self.screen.step(Screen::ALL.len() - 1),
            Action::GoTo(s) => self.screen = s,
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::Undo => return self.undo(),
            Action::ToggleLanguage => return self.toggle_language(),
            Action::Reload => return vec![Effect::Reload],
            _ => return self.act_screen(action),
        }
        Vec::new()
    }

    /// Why edits are paused, in the title's words.
    pub fn paused_msg(&self) -> Msg<'static> {
        if self.file_error.is_some() {
            Msg::EditsPausedError
        } else {
            Msg::EditsPaused
        }
    }

    fn undo(&mut self) -> Vec<Effect> {
        if self.paused {
            self.say(self.t(self.paused_msg()).to_string(), true);
            return Vec::new();
        }
        let Some(text) = self.undo.pop() else {
            self.say(self.t(Msg::NothingToUndo).to_string(), false);
            return Vec::new();
        };
        match self.store.set_text(&text) {
            Ok(()) => {
                self.lang = self.store.data().language.unwrap_or(self.default_lang);
                self.refresh();
                self.say(self.t(Msg::Undone).to_string(), false);
                vec![Effect::Save]
            }
            Err(e) => {
                let msg = self
                    .t(Msg::NotSaved {
                        why: &e.to_string(),
                    })
                    .into_owned();
                self.say(msg, true);
                Vec::new()
            }
        }
    }

    fn toggle_language(&mut self) -> Vec<Effect> {
        let next = match self.lang {
            Language::En => Language::Zh,
            Language::Zh => Language::En,
        };
        let done = t(next, Msg::LanguageSet).to_string();
        let effects = self.edit(Edit::SetLanguage(Some(next)), done);
        if !effects.is_empty() {
            self.lang = next;
        }
        effects
    }

    /// A key for the current screen: its state handles it, and asks for what it cannot do.
    fn act_screen(&mut self, action: Action) -> Vec<Effect> {
        // Not `self.ctx()`: the screen's state is borrowed mutably beside it.
        let ctx = Ctx {
            store: &self.store,
            today: self.today,
            view: &self.view,
            theme: &self.theme,
            lang: self.lang,
            budget: self.plan.budget(self.view.base_budget),
            paused: self.paused,
        };
        let request = match self.screen {
            Screen::Dashboard => self.dashboard.update(&ctx, action),
            Screen::Debts => self.debts.update(&ctx, action),
            Screen::Budget => self.budget.update(&ctx, action),
            Screen::Plan => self.plan.update(&ctx, action),
            Screen::Negotiate => self.negotiate.update(&ctx, action),
            Screen::Calendar => self.calendar.update(&ctx, action),
            Screen::Scenarios => self.scenarios.update(&ctx, action),
        };
        match request {
            Some(r) => self.request(r),
            None => Vec::new(),
        }
    }

    /// Does what a screen asked for.
    fn request(&mut self, request: Request) -> Vec<Effect> {
        match request {
            Request::Form(form) => self.open_form(form),
            Request::Overlay(overlay) => self.overlay = Some(overlay),
            Request::Pay { debt, amount } => self.open_pay(debt, amount),
            Request::Negotiate(debt) => {
                self.negotiate = NegotiateState::for_debt(&self.store, debt);
                self.screen = Screen::Negotiate;
                self.replan();
            }
            Request::Replan => self.replan(),
            Request::Edit(edit, done) => return self.edit(*edit, done),
            Request::Say(text, error) => self.say(text, error),
        }
        Vec::new()
    }

    /// Opens the payment form for a debt, with what it owes next.
    fn open_pay(&mut self, debt: usize, amount: Option<Money>) {
        if debt >= self.store.data().debts.len() {
            return;
        }
        let amount = amount.unwrap_or(self.view.debts[debt].due_amount);
        let mut form = Form::pay(debt, amount, self.today);
        form.validate(&self.store);
        self.overlay = Some(Overlay::Form(form));
    }

    /// The form for a new debt of the product at `choice` of [`PRODUCT_CHOICES`] (the blank
    /// one for "other"). A lender's own product (花呗, 白条, 借呗) is named after it, unless a
    /// debt has that name already; a bank's card or loan is the user's to name.
    fn open_debt_form(&mut self, choice: usize) {
        let form = match PRODUCT_CHOICES.get(choice).copied().flatten() {
            Some(p) => {
                let brand = matches!(p, Product::Huabei | Product::Baitiao | Product::Jiebei);
                let name = self.t(super::i18n::product_msg(p));
                let taken = self.store.data().debt(&name).is_some();
                Form::product_debt(p, if brand && !taken { &name } else { "" })
            }
            None => Form::debt(&self.store, None),
        };
        self.open_form(form);
    }

    /// Opens a form; while edits are paused too: it says so, and is kept until the reload.
    fn open_form(&mut self, mut form: Form) {
        // Errors show on the fields the user touches: a new entry starts without any.
        form.validate(&self.store);
        self.overlay = Some(Overlay::Form(form));
    }
}

/// Likely typos in the file (unknown keys close to known ones), for the status line: the
/// first, and how many more.
fn typo_notice(store: &Store) -> Option<(String, bool)> {
    let notices = store.notices();
    let first = notices.iter().find(|n| n.suggestion.is_some())?;
    let more = notices.iter().filter(|n| n.suggestion.is_some()).count() - 1;
    let text = if more > 0 {
        format!("{first} (+{more})")
    } else {
        first.to_string()
    };
    Some((text, true))
}

/// A selection or scroll position moved by a key, within `0..=last`.
pub(in crate::tui) fn scroll(at: usize, action: Action, last: usize, page: usize) -> usize {
    match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => (at + 1).min(last),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => (at + page).min(last),
        _ => at,
    }
}
