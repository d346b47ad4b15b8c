//! Text broken into lines the way both languages want.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` in lines of at most `width` columns: broken at spaces, and between two CJK
/// characters (Chinese has no spaces to break at; a closing mark such as `，` stays with the
/// character before it). A word wider than a line is broken where it must.
/// What is drawn on these lines is drawn as it is, never wrapped again (ratatui's wrap breaks
/// only at spaces, so a Chinese sentence with a number in it would break badly).
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    const GLUED: &str = "，。；：、）」』！？";
    let width = usize::from(width.max(2));
    // (a space before it, the token)
    let mut tokens: Vec<(bool, String)> = Vec::new();
    let mut gap = false;
    for c in text.chars() {
        if c == ' ' {
            gap = true;
            continue;
        }
        let wide = c.width().unwrap_or(0) > 1;
        match tokens.last_mut() {
            Some((_, token))
                if !gap
                    && (GLUED.contains(c)
                        || (!wide
                            && token.chars().last().is_some_and(|p| p.width() == Some(1)))) =>
            {
                token.push(c);
            }
            _ => tokens.push((gap, c.to_string())),
        }
        gap = false;
    }
    let (mut lines, mut line, mut used) = (Vec::new(), String::new(), 0);
    for (gap, token) in tokens {
        let w = token.width();
        let sep = usize::from(gap && used > 0);
        if used + sep + w <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(&token);
            used += sep + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        for c in token.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn lines_break_at_spaces_and_between_cjk_characters() {
        assert_eq!(
            wrap("pay by 11-25 or call", 10),
            ["pay by", "11-25 or", "call"]
        );
        // Chinese breaks anywhere between characters, never before a closing mark; a Latin
        // word stays whole; each line is at most 10 columns (a CJK character is 2).
        assert_eq!(
            wrap("在 2026-11-25 前还清，不收罚息。", 10),
            ["在", "2026-11-25", "前还清，不", "收罚息。"]
        );
        // A word wider than a line is broken where it must be.
        assert_eq!(wrap("abcdefghijkl", 5), ["abcde", "fghij", "kl"]);
        assert!(wrap("", 10).is_empty());
    }
}
