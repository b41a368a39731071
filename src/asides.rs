//! Text with its parenthesised asides taken out, nested ones included: the
//! comments an email header may carry ("Pass (good signature)"), and a
//! class written beside a child's name ("Toby (4W) and Hattie (2P)").

/// `text` without anything inside round brackets, or the brackets.
pub fn without_asides(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::without_asides;

    #[test]
    fn nested_asides_go_and_an_unopened_close_is_dropped() {
        assert_eq!(without_asides("pass (good (very) sig) ok"), "pass  ok");
        assert_eq!(without_asides("Toby (4W) and Hattie"), "Toby  and Hattie");
        assert_eq!(without_asides("a) b"), "a b");
    }
}
