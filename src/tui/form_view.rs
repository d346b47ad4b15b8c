//! Drawing a form: one labelled field a line, its rule beside it, its error under it.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::form::{FieldError, Form, FormKind, Key, PayWarning};
use super::i18n::{Msg, pad, problem, product_msg, product_rules_msg};
use super::keymap;
use super::ui::centered;
use super::wrap::wrap;
use crate::lender::Product;
use crate::model::DebtKind;
use crate::present::shown;

fn title(app: &App, form: &Form) -> String {
    let data = app.store.data();
    let debt = |i: usize| {
        data.debts
            .get(i)
            .map_or(Cow::Borrowed(""), |d| shown(&d.name))
    };
    let flow = |expense: bool, i: usize| {
        let list = if expense {
            &data.budget.expenses
        } else {
            &data.budget.income
        };
        list.get(i).map_or(Cow::Borrowed(""), |f| shown(&f.name))
    };
    let kind = |k: DebtKind| {
        app.t(match k {
            DebtKind::Card => Msg::Card,
            DebtKind::Loan => Msg::Loan,
        })
    };
    match (form.kind, form.product) {
        // The kind, unless the product's name says it (a bank card, 信用卡).
        (FormKind::Debt(None), Some(p)) => {
            let (name, k) = (app.t(product_msg(p)), kind(p.defaults().kind));
            if name.contains(&*k) {
                app.t(Msg::FormAddProductOnly { product: &name })
                    .into_owned()
            } else {
                app.t(Msg::FormAddProduct {
                    product: &name,
                    kind: &k,
                })
                .into_owned()
            }
        }
        // The product, unless the debt is named after it.
        (FormKind::Debt(Some(i)), Some(p)) if debt(i) != app.t(product_msg(p)) => app
            .t(Msg::FormEditProduct {
                debt: &debt(i),
                product: &app.t(product_msg(p)),
            })
            .into_owned(),
        _ => plain_title(app, form, debt, flow),
    }
}

fn plain_title<'a>(
    app: &App,
    form: &Form,
    debt: impl Fn(usize) -> Cow<'a, str>,
    flow: impl Fn(bool, usize) -> Cow<'a, str>,
) -> String {
    match form.kind {
        FormKind::Debt(None) => app.t(Msg::FormAddDebt).to_string(),
        FormKind::Debt(Some(i)) => app.t(Msg::FormEditDebt { debt: &debt(i) }).into_owned(),
        FormKind::Flow {
            expense: false,
            index: None,
        } => app.t(Msg::FormAddIncome).to_string(),
        FormKind::Flow {
            expense: true,
            index: None,
        } => app.t(Msg::FormAddExpense).to_string(),
        FormKind::Flow {
            expense: false,
            index: Some(i),
        } => app
            .t(Msg::FormEditIncome {
                name: &flow(false, i),
            })
            .into_owned(),
        FormKind::Flow {
            expense: true,
            index: Some(i),
        } => app
            .t(Msg::FormEditExpense {
                name: &flow(true, i),
            })
            .into_owned(),
        FormKind::Pay(i) => app.t(Msg::FormPay { debt: &debt(i) }).into_owned(),
        FormKind::Budget => app.t(Msg::FormBudget).to_string(),
        FormKind::Reconcile(day) => app.t(Msg::FormReconcile { day }).into_owned(),
        FormKind::WhatIfBudget => app.t(Msg::FormWhatIfBudget).to_string(),
        FormKind::Scenario {
            index: None,
            budget,
            strategy,
        } => {
            let kept = crate::model::Scenario {
                budget,
                strategy,
                ..Default::default()
            };
            let changes = crate::present::scenario::changes(app.lang, &kept, &|m| app.money(m));
            app.t(Msg::FormScenarioKeeps { changes: &changes })
                .into_owned()
        }
        FormKind::Scenario { index: Some(_), .. } => app.t(Msg::FormScenarioRename).to_string(),
    }
}

pub fn render(app: &App, form: &Form, frame: &mut Frame, body: Rect) {
    const LABEL: usize = 14;
    const VALUE: usize = 22;
    const WIDTH: u16 = 78;
    // Inside the border, what a message may use after its indent: errors wrap, never cut.
    let inner = WIDTH.min(body.width).saturating_sub(2);
    let field_room = inner.saturating_sub(u16::try_from(LABEL + 4).unwrap_or(0));
    let product = form.product.map(|p| app.t(product_msg(p)));
    // The fields' lines, each with the field it belongs to (its error line too).
    let mut rows: Vec<(usize, Line)> = Vec::new();
    let mut cursor = None;
    for i in form.shown() {
        let f = &form.fields[i];
        let focused = i == form.focus;
        let value = if f.key.is_choice() {
            let v = f.input.value();
            let label = Key::choice_label(v).map_or(Cow::Borrowed(v), |m| app.t(m));
            format!("‹{label}›")
        } else {
            f.input.value().to_string()
        };
        let style = if focused {
            app.theme.selected()
        } else {
            app.theme.bold()
        };
        if focused && !f.key.is_choice() {
            let before = f
                .input
                .value()
                .chars()
                .take(f.input.cursor())
                .collect::<String>();
            cursor = Some((rows.len(), 1 + LABEL + 1 + before.width()));
        }
        let label = match f.key {
            Key::Lender(i) => app
                .store
                .data()
                .debts
                .get(i)
                .map_or(Cow::Borrowed(""), |d| shown(&d.name)),
            key => app.t(key.label()),
        };
        // Beside a value the product gave, whose it is; beside the user's, the rule.
        let (rule, rule_style) = match &product {
            Some(name) if f.from_product() => (
                app.t(Msg::FromProduct { product: name }).into_owned(),
                app.theme.dim().add_modifier(Modifier::ITALIC),
            ),
            // A balance is what was owed on the file's as-of date: say which day that is.
            _ if f.key == Key::Balance => (
                app.t(Msg::RuleBalanceOn {
                    as_of: app.store.data().budget.as_of,
                })
                .into_owned(),
                app.theme.dim(),
            ),
            _ => (app.t(form.rule(f.key)).to_string(), app.theme.dim()),
        };
        rows.push((
            i,
            Line::from(vec![
                Span::raw(format!(" {} ", pad(&label, LABEL))),
                Span::styled(pad(&value, VALUE), style),
                Span::styled(format!("  {rule}"), rule_style),
            ]),
        ));
        if let Some(e) = f.shown_error() {
            let text = match e {
                FieldError::Msg(m) => app.t(*m).to_string(),
                FieldError::Problem(p) => problem(app.lang, p),
            };
            for (n, part) in wrap(&text, field_room).into_iter().enumerate() {
                let mark = if n == 0 { "! " } else { "  " };
                rows.push((
                    i,
                    Line::styled(
                        format!(" {}{mark}{part}", " ".repeat(LABEL + 1)),
                        app.theme.bad(),
                    ),
                ));
            }
        }
    }
    let mut head = Vec::new();
    if let Some(name) = product {
        head.push(Line::styled(
            format!(" {}", app.t(Msg::ProductNote { product: &name })),
            app.theme.dim(),
        ));
    }
    if app.paused {
        let why = if app.file_error.is_some() {
            Msg::FormPausedError
        } else {
            Msg::FormPaused
        };
        head.push(Line::styled(format!(" {}", app.t(why)), app.theme.bad()));
    }
    let mut tail = Vec::new();
    for w in &form.warnings {
        let text = match w {
            PayWarning::BeforeAsOf(as_of) => {
                app.t(Msg::WarnPayBeforeAsOf { as_of: *as_of }).into_owned()
            }
            PayWarning::Future => app.t(Msg::WarnPayFuture).to_string(),
            PayWarning::Duplicate(p) => app
                .t(Msg::WarnPayDuplicate {
                    amount: &app.money(p.amount),
                    debt: &shown(&p.debt),
                    date: p.date,
                })
                .into_owned(),
        };
        for (n, part) in wrap(&text, inner.saturating_sub(3)).into_iter().enumerate() {
            let mark = if n == 0 { "!" } else { " " };
            tail.push(Line::styled(format!(" {mark} {part}"), app.theme.warn()));
        }
    }
    if form.asking {
        tail.push(Line::styled(
            format!(" {}", app.t(Msg::ConfirmDuplicate)),
            app.theme.bold(),
        ));
    }
    if let Some(e) = form
        .error
        .as_ref()
        .filter(|_| form.fields.iter().any(|f| f.touched))
    {
        for (n, part) in wrap(e, inner.saturating_sub(3)).into_iter().enumerate() {
            let mark = if n == 0 { "!" } else { " " };
            tail.push(Line::styled(format!(" {mark} {part}"), app.theme.bad()));
        }
    }
    // The keys of the whole form, not of the focused field: the line stays put as Tab moves.
    let keys = keymap::line(
        match form.kind {
            FormKind::WhatIfBudget => keymap::FORM_WHAT_IF,
            _ if form.has_choices() => keymap::FORM_CHOICE,
            _ => keymap::FORM,
        },
        app.lang,
    );
    // Too many fields for the terminal: a window of them around the focused one, with a hint
    // where the blank line was.
    let room = usize::from(body.height).saturating_sub(2 + head.len() + tail.len() + 2);
    let (from, to) = window(&rows, form.focus, room);
    let spacer = if to - from < rows.len() {
        Line::styled(format!(" {}", app.t(Msg::MoreFields)), app.theme.dim())
    } else {
        Line::from("")
    };
    let cursor = cursor
        .filter(|(row, _)| (from..to).contains(row))
        .map(|(row, col)| (row - from + head.len(), col));
    let mut lines = head;
    lines.extend(rows.drain(from..to).map(|(_, l)| l));
    lines.extend(tail);
    lines.push(spacer);
    lines.push(Line::styled(format!(" {keys}"), app.theme.dim()));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let area = centered(body, WIDTH, height);
    super::ui::clear(frame, area);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", title(app, form)),
        app.theme.title(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if let Some((row, col)) = cursor {
        let x = area.x + 1 + u16::try_from(col).unwrap_or(0);
        let y = area.y + 1 + u16::try_from(row).unwrap_or(0);
        if x < area.right() && y < area.bottom() {
            frame.set_cursor_position(Position { x, y });
        }
    }
}

/// The rows `from..to` to show, at most `room`, keeping every row of the field `focus` in
/// view.
fn window(rows: &[(usize, Line)], focus: usize, room: usize) -> (usize, usize) {
    if rows.len() <= room {
        return (0, rows.len());
    }
    let first = rows.iter().position(|(i, _)| *i == focus).unwrap_or(0);
    let last = rows.iter().rposition(|(i, _)| *i == focus).unwrap_or(first);
    let from = (last + 1).saturating_sub(room).min(first);
    (from, (from + room).min(rows.len()))
}

/// What a new debt is: a product (whose rules fill the form) or another (the blank form).
pub fn render_products(app: &App, selected: usize, frame: &mut Frame, body: Rect) {
    use super::i18n::t;
    use crate::model::Language;
    let names = Product::ALL
        .iter()
        .map(|p| (product_msg(*p), product_rules_msg(*p)))
        .chain([(Msg::ProductOther, Msg::RulesOther)]);
    let mut lines = Vec::new();
    for (i, (name, rules)) in names.enumerate() {
        let chosen = i == selected;
        let mark = if chosen { "▸" } else { " " };
        let style = if chosen {
            app.theme.selected()
        } else {
            app.theme.bold()
        };
        // Both names, whatever the language: people know 花呗 by either.
        lines.push(Line::from(vec![
            Span::raw(format!(" {mark} {} ", i + 1)),
            Span::styled(
                format!(
                    "{} {}",
                    pad(&t(Language::Zh, name), 10),
                    pad(&t(Language::En, name), 13)
                ),
                style,
            ),
            Span::styled(format!("  {}", app.t(rules)), app.theme.dim()),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        format!(" {}", keymap::line(keymap::PRODUCTS, app.lang)),
        app.theme.dim(),
    ));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let area = centered(body, 76, height);
    super::ui::clear(frame, area);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", app.t(Msg::ChooseProduct)),
        app.theme.title(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
