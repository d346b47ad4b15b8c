//! What the keys do while an overlay is open: the help, a confirmation, the product list, a
//! form (kept for after a reload while edits are paused), the file-changed panel.

use super::{App, Confirm, Held, Overlay, PRODUCT_CHOICES};
use crate::present::shown;
use crate::store::Edit;
use crate::tui::action::{Action, Effect};
use crate::tui::form::{Form, FormKind};
use crate::tui::i18n::Msg;
use crate::tui::screens::plan::PlanState;

impl App {
    pub(super) fn act_overlay(&mut self, overlay: Overlay, action: Action) -> Vec<Effect> {
        match (overlay, action) {
            (Overlay::Help, _) => Vec::new(),
            (Overlay::Conflict, Action::Reload) => vec![Effect::Reload],
            (Overlay::Conflict, Action::Cancel) => {
                let msg = self.paused_msg();
                self.say(self.t(msg).to_string(), true);
                // The kept form comes back, to go on typing or to close.
                if let Some(held) = self.held.take() {
                    self.overlay = Some(Overlay::Form(held.form));
                }
                Vec::new()
            }
            (o @ Overlay::Conflict, _) => {
                self.overlay = Some(o);
                Vec::new()
            }
            (Overlay::Confirm(c), Action::Confirm) => self.delete(c),
            (Overlay::Confirm(_), Action::Cancel) => Vec::new(),
            (o @ Overlay::Confirm(_), _) => {
                self.overlay = Some(o);
                Vec::new()
            }
            (Overlay::Products(_), Action::Cancel) => Vec::new(),
            (Overlay::Products(at), Action::Up) => {
                self.overlay = Some(Overlay::Products(at.saturating_sub(1)));
                Vec::new()
            }
            (Overlay::Products(at), Action::Down) => {
                let last = PRODUCT_CHOICES.len() - 1;
                self.overlay = Some(Overlay::Products((at + 1).min(last)));
                Vec::new()
            }
            (Overlay::Products(at), Action::Submit) | (Overlay::Products(_), Action::Pick(at)) => {
                self.open_debt_form(at);
                Vec::new()
            }
            (o @ Overlay::Products(_), _) => {
                self.overlay = Some(o);
                Vec::new()
            }
            (Overlay::Form(_), Action::Cancel) => Vec::new(),
            (Overlay::Form(mut form), action) => self.act_form(&mut form, action),
        }
    }

    pub(super) fn act_form(&mut self, form: &mut Form, action: Action) -> Vec<Effect> {
        use ratatui::crossterm::event::KeyCode::Char;
        // Asking whether to keep a duplicate payment: Enter or y keeps it, n goes back; any
        // other key goes back and does what it does.
        let asking = std::mem::take(&mut form.asking);
        match action {
            Action::Submit if asking => {
                form.keep_duplicate = true;
                return self.submit(form.clone());
            }
            Action::Input(k) if asking && matches!(k.code, Char('y' | 'Y')) => {
                form.keep_duplicate = true;
                return self.submit(form.clone());
            }
            Action::Input(k) if asking && matches!(k.code, Char('n' | 'N')) => {}
            Action::NextField => form.move_focus(true),
            Action::PrevField => form.move_focus(false),
            Action::Input(key) => {
                form.key(key);
                // A changed payment is a new question.
                form.keep_duplicate = false;
            }
            Action::Left => form.choose(false),
            Action::Right => form.choose(true),
            Action::Submit => return self.submit(form.clone()),
            _ => {}
        }
        // Errors show as the user types: the same checks as on submit.
        form.validate(&self.store);
        self.overlay = Some(Overlay::Form(form.clone()));
        Vec::new()
    }

    /// Enter on a form: checks it, asks about a duplicate payment, and saves it; while edits
    /// are paused it is kept for after the reload.
    pub(super) fn submit(&mut self, mut form: Form) -> Vec<Effect> {
        form.touch_all();
        let Some(edit) = form.validate(&self.store) else {
            self.overlay = Some(Overlay::Form(form));
            return Vec::new();
        };
        // The what-if budget is the Plan screen's, not the file's: nothing to save (`w` keeps
        // it), so also while edits are paused.
        if let (
            FormKind::WhatIfBudget,
            Edit::KeepPlan {
                monthly_for_debts, ..
            },
        ) = (form.kind, &edit)
        {
            self.plan
                .set_budget(self.view.base_budget, *monthly_for_debts);
            self.replan();
            return Vec::new();
        }
        if self.paused {
            self.hold(form, true);
            return Vec::new();
        }
        if form.duplicate().is_some() && !form.keep_duplicate {
            form.asking = true;
            self.overlay = Some(Overlay::Form(form));
            return Vec::new();
        }
        let done = self.done_message(&edit);
        let effects = self.edit(edit, done);
        if effects.is_empty() {
            // Not applied: the form stays, with the reason in the status.
            self.overlay = Some(Overlay::Form(form));
        } else {
            self.pending = Some(form);
        }
        effects
    }

    /// Keeps `form` for after the reload, and offers the reload.
    pub(super) fn hold(&mut self, form: Form, submit: bool) {
        let target = self.target_of(form.kind);
        self.held = Some(Held {
            form,
            target,
            submit,
        });
        self.overlay = Some(Overlay::Conflict);
    }

    /// The name of what a form is about (a debt, a budget line), if it is about one.
    pub(super) fn target_of(&self, kind: FormKind) -> Option<String> {
        let data = self.store.data();
        match kind {
            FormKind::Pay(i) | FormKind::Debt(Some(i)) => data.debts.get(i).map(|d| d.name.clone()),
            FormKind::Flow {
                expense,
                index: Some(i),
            } => {
                let list = if expense {
                    &data.budget.expenses
                } else {
                    &data.budget.income
                };
                list.get(i).map(|f| f.name.clone())
            }
            FormKind::Scenario { index: Some(i), .. } => {
                data.scenarios.get(i).map(|s| s.name.clone())
            }
            _ => None,
        }
    }

    /// The form's kind pointing at `name` in the file as it is now; `None` if it is gone.
    pub(super) fn locate(&self, kind: FormKind, name: &str) -> Option<FormKind> {
        let data = self.store.data();
        let debt = || data.debts.iter().position(|d| d.name == name);
        match kind {
            FormKind::Pay(_) => debt().map(FormKind::Pay),
            FormKind::Debt(Some(_)) => debt().map(|i| FormKind::Debt(Some(i))),
            FormKind::Flow { expense, .. } => {
                let list = if expense {
                    &data.budget.expenses
                } else {
                    &data.budget.income
                };
                let index = list.iter().position(|f| f.name == name)?;
                Some(FormKind::Flow {
                    expense,
                    index: Some(index),
                })
            }
            FormKind::Scenario {
                index: Some(_),
                budget,
                strategy,
            } => {
                let index = data.scenarios.iter().position(|s| s.name == name)?;
                Some(FormKind::Scenario {
                    index: Some(index),
                    budget,
                    strategy,
                })
            }
            other => Some(other),
        }
    }

    /// After a reload: the kept form is saved if it still applies (its debt is there and it
    /// passes the same checks), else it opens again with the reason.
    pub(super) fn resume(&mut self, held: Held) -> Vec<Effect> {
        let Held {
            mut form,
            target,
            submit,
        } = held;
        if let Some(name) = &target {
            match self.locate(form.kind, name) {
                Some(kind) => form.kind = kind,
                None => {
                    let why = self.t(Msg::HeldGone { name: &shown(name) });
                    let msg = self.t(Msg::HeldNotSaved { why: &why }).into_owned();
                    self.say(msg, true);
                    return Vec::new();
                }
            }
        }
        if !submit {
            form.validate(&self.store);
            self.overlay = Some(Overlay::Form(form));
            return Vec::new();
        }
        form.touch_all();
        if form.validate(&self.store).is_none() {
            let why = self.t(Msg::HeldInvalid);
            let msg = self.t(Msg::HeldNotSaved { why: &why }).into_owned();
            self.say(msg, true);
            self.overlay = Some(Overlay::Form(form));
            return Vec::new();
        }
        let effects = self.submit(form);
        if let (false, Some((text, false))) = (effects.is_empty(), &self.status) {
            let msg = self.t(Msg::SavedAfterReload { what: text }).into_owned();
            self.say(msg, false);
        }
        effects
    }

    pub(super) fn done_message(&self, edit: &Edit) -> String {
        match edit {
            Edit::AddPayment(p) => self
                .t(Msg::PaymentRecorded {
                    amount: &self.money(p.amount),
                    debt: &p.debt,
                })
                .into_owned(),
            Edit::Reconcile { as_of, .. } => self.t(Msg::Reconciled { as_of: *as_of }).into_owned(),
            _ => self.t(Msg::Saved).to_string(),
        }
    }

    pub(super) fn delete(&mut self, c: Confirm) -> Vec<Effect> {
        let done = self.t(Msg::Saved).to_string();
        match c {
            Confirm::DeleteDebt(index) => self.edit(Edit::DeleteDebt { index }, done),
            Confirm::DeleteFlow { expense, index } => {
                self.edit(Edit::DeleteFlow { expense, index }, done)
            }
            Confirm::DeleteScenario(index) => self.edit(Edit::DeleteScenario { index }, done),
            Confirm::AdoptScenario(index) => {
                let name = self
                    .store
                    .data()
                    .scenarios
                    .get(index)
                    .map(|s| shown(&s.name).into_owned())
                    .unwrap_or_default();
                let done = self.t(Msg::ScenarioAdopted { name: &name }).into_owned();
                let effects = self.edit(Edit::AdoptScenario { index }, done);
                // The file's plan changed: the Plan screen starts from it, with no what-if.
                if !effects.is_empty() {
                    self.plan = PlanState::new(self.store.data().budget.strategy());
                    self.replan();
                }
                effects
            }
        }
    }
}
