//! Colours and emphasis. With `NO_COLOR` only bold, dim and reverse remain: the meaning is
//! carried by a word or a mark (`!`, `•`, `✓`) that every line has anyway.

use ratatui::style::{Color, Modifier, Style};

use crate::due::Level;
use crate::present::Tone;

/// The app's styles, resolved once for colour or no colour.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(no_color: bool) -> Theme {
        Theme { color: !no_color }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Red: overdue, short of cash, errors.
    pub fn bad(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Yellow: grace, due soon.
    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow)
    }

    /// Green: paid, fits.
    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Past or secondary.
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Titles of panels and the active tab.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Keys in the hint bar.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A warning's style by level.
    pub fn level(&self, level: Level) -> Style {
        match level {
            Level::Overdue | Level::Shortfall => self.bad(),
            Level::Grace | Level::DueSoon => self.warn(),
        }
    }

    /// A presenter's line by its tone.
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Plain => Style::new(),
            Tone::Strong => self.bold(),
            Tone::Good => self.good(),
            Tone::Warn => self.warn(),
            Tone::Bad => self.bad(),
        }
    }

    /// The colour of a chart line, by position.
    pub fn series(&self, i: usize) -> Style {
        const COLORS: [Color; 5] = [
            Color::Green,
            Color::Yellow,
            Color::Cyan,
            Color::Magenta,
            Color::Red,
        ];
        self.fg(COLORS[i % COLORS.len()])
    }
}
