//! The page shell every staff page shares: head, header with navigation
//! and search, and the style sheet. maud escapes every value put in a
//! template, so text from parents and staff is shown as text, never markup.

use axum::http::StatusCode;
use maud::{DOCTYPE, Markup, html};

use crate::domain::{Code, Session};
use crate::schools::ConfiguredSchool;
use crate::web::auth::SignedIn;

/// Small, phone-first styles: single column cards that widen on a desk.
/// Served as `/style.css`, so the pages' Content-Security-Policy needs no
/// inline styles.
pub const STYLE: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f4f5f7}
a{color:#0b5cad}
header{background:#17324d;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:600}
header .who{margin-left:auto;font-size:.9rem;opacity:.9;display:flex;gap:.5rem;align-items:center}
header form{margin:0}
header input[type=search]{padding:.35rem .5rem;border-radius:4px;border:0;width:11rem}
main{max-width:64rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;display:flex;gap:.5rem;align-items:baseline}
h2 .count{font-size:.85rem;background:#dfe3e8;border-radius:1rem;padding:0 .55rem}
.cards{display:grid;gap:.6rem;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr))}
.card{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:.7rem .8rem}
.card h3{margin:0 0 .3rem;font-size:1rem}
.card.safeguarding{border-left:5px solid #b00020}
.card.failed{border-left:5px solid #c77700}
.muted{color:#5c6670;font-size:.9rem}
.code{display:inline-block;min-width:1.8rem;text-align:center;font-weight:700;border-radius:4px;padding:0 .3rem;background:#e8eef6;border:1px solid #b9c8da}
.code.unauth{background:#fde8e8;border-color:#e3a5a5}
.code.late{background:#fff3d6;border-color:#e5c77a}
.line+.line{border-top:1px dashed #e1e5ea;margin-top:.3rem;padding-top:.3rem}
.words{margin:.35rem 0;padding:.35rem .6rem;border-left:3px solid #9db3c9;background:#f7f9fb;white-space:pre-wrap}
.badge{font-size:.8rem;border-radius:3px;padding:0 .35rem;background:#eef0f2}
.badge.warn{background:#fde8e8;color:#8a1020}
.badge.ok{background:#e4f4e8;color:#1c6b33}
.badge.vulnerable{background:#5b2a86;color:#fff;font-weight:700}
.card.safeguarding.open{background:#fff5f6}
details{margin-top:.4rem}
summary{cursor:pointer;color:#0b5cad}
form.act{display:grid;gap:.4rem;margin-top:.4rem}
form.act label{display:grid;gap:.15rem;font-size:.9rem}
input,select,textarea,button{font:inherit}
input,select,textarea{padding:.35rem;border:1px solid #b8c0c8;border-radius:4px;width:100%}
button{padding:.4rem .8rem;border:0;border-radius:4px;background:#17324d;color:#fff;cursor:pointer;justify-self:start}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
th,td{border-bottom:1px solid #e1e5ea;padding:.35rem .4rem;text-align:left;vertical-align:top}
.scroll{overflow-x:auto}
.empty{color:#5c6670;font-style:italic}
.notice{background:#fff8e1;border:1px solid #ecd58f;border-radius:6px;padding:.5rem .8rem}
.signin{max-width:22rem;margin:3rem auto}
@media (max-width:40rem){header input[type=search]{width:100%}header .who{margin-left:0}main{padding:.6rem}}
"#;

/// Where the style sheet is served.
pub const STYLE_PATH: &str = "/style.css";

/// `GET /style.css`
pub async fn style_sheet() -> impl axum::response::IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

/// A full page for a signed-in member of staff.
pub fn shell(
    title: &str,
    staff: &SignedIn,
    school: Option<&ConfiguredSchool>,
    body: Markup,
) -> Markup {
    let school_id = school.map(|s| s.id.as_str()).unwrap_or_default();
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            (head(title))
            body {
                header {
                    a href={ "/today?school=" (school_id) } { "Today" }
                    form method="get" action="/search" role="search" {
                        input type="hidden" name="school" value=(school_id);
                        input type="search" name="q" placeholder="Pupil name or UPN" aria-label="Search pupils";
                    }
                    span.who {
                        span { (staff.account.name) " · " (staff.role()) }
                        form method="post" action="/sign-out" {
                            input type="hidden" name="csrf" value=(staff.csrf);
                            button type="submit" { "Sign out" }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// A page with no navigation: sign-in and error pages.
pub fn bare(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            (head(title))
            body { main { (body) } }
        }
    }
}

fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " · absence line" }
            link rel="stylesheet" href=(STYLE_PATH);
        }
    }
}

/// A short page that says what went wrong.
pub fn message_page(status: StatusCode, message: &str) -> Markup {
    bare(
        status.canonical_reason().unwrap_or("Error"),
        html! {
            div.signin {
                h1 { (status.canonical_reason().unwrap_or("Error")) }
                p { (message) }
                p { a href="/today" { "Back to Today" } }
            }
        },
    )
}

/// A register code, coloured by how it counts, with its meaning on hover.
pub fn code(code: Option<Code>) -> Markup {
    match code {
        None => html! { span.code title="no mark yet" { "–" } },
        Some(c) => {
            let class = if c.is_late() {
                "code late"
            } else if matches!(c.category(), crate::domain::Category::Unauthorised) {
                "code unauth"
            } else {
                "code"
            };
            html! { span class=(class) title=(c.meaning()) { (c.as_str()) } }
        }
    }
}

/// The hidden CSRF field every form carries.
pub fn csrf_field(staff: &SignedIn) -> Markup {
    html! { input type="hidden" name="csrf" value=(staff.csrf); }
}

/// A drop-down of the 2024 codes, with `selected` chosen.
/// The current codes that fit `session`; with no session (a whole day),
/// those that fit both.
pub fn code_select(selected: Option<Code>, session: Option<Session>) -> Markup {
    let fits = |c: &Code| match session {
        Some(session) => c.fits(session),
        None => Session::BOTH.iter().all(|s| c.fits(*s)),
    };
    html! {
        select name="code" required {
            @for c in Code::ALL.iter().filter(|c| !c.is_legacy() && fits(c)) {
                option value=(c.as_str()) selected[Some(*c) == selected] {
                    (c.as_str()) " — " (c.meaning())
                }
            }
        }
    }
}

/// A time shown in the school's own zone, as staff read it.
pub fn local_time(school: &ConfiguredSchool, at: chrono::DateTime<chrono::Utc>) -> String {
    school.local(at).format("%a %-d %b %H:%M").to_string()
}
