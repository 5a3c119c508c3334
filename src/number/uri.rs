//! `tel:` (RFC 3966) and `sip:`/`sips:` (RFC 3261) URIs: extracting the telephone number.
//!
//! - `tel:+1-888-221-1161` is a global number; `tel:95188;phone-context=+86` a local number
//!   whose context is a global-number prefix; `tel:1234;phone-context=example.com` a local
//!   number in a domain context (interpreted in the caller's default region). The `ext`,
//!   `isub` and any other parameters are ignored: they do not change which line is calling
//!   (an `ext` that is not 1 to 20 digits makes the URI no number, as in libphonenumber).
//!   A subscriber written without `tel:` but with a `phone-context` is read the same way.
//! - `sip:+18882211161@gw.example;user=phone`: the user part (before `@`, without a `:password`)
//!   is read as a telephone subscriber, with the same parameters as a `tel:` URI, after
//!   `%XX` unescaping. `sip:anonymous@anonymous.invalid` is a withheld caller (RFC 3323).
//! - A name-addr such as `"PayPal" <sip:+18882211161@gw>;tag=1928` (a SIP From header) is
//!   reduced to the URI between the angle brackets: the display name is caller-controlled text
//!   and says nothing, and the header parameters after it concern the dialog, not the caller.

use std::borrow::Cow;

use super::fold::{fold, FoldedNumber};
use super::withheld;
use super::InvalidNumber;

/// The phone context of a local number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Context {
    /// A global-number prefix such as `+86` or `+1-914-555`, folded to its digits.
    Global(String),
    /// A domain name: the local number is interpreted in the default region.
    Domain,
}

/// What is left of a caller ID once any URI syntax is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Unwrapped<'a> {
    /// The URI named a withheld caller (`sip:anonymous@anonymous.invalid`).
    Withheld,
    /// The telephone number text, with the phone context when the URI gave one.
    Number {
        /// The number as written (still to be folded).
        text: Cow<'a, str>,
        /// The `phone-context` parameter, if any.
        context: Option<Context>,
    },
}

/// Strips a case-insensitive ASCII `prefix` from `s`.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The URI inside a name-addr (RFC 3261 §25.1): an optional display name (a quoted string,
/// which may itself hold `<` or `>`, or plain words), the URI in angle brackets, then nothing
/// or header parameters (`;tag=…`, present in every real From header). `None` when the text is
/// not a name-addr.
fn name_addr(s: &str) -> Option<&str> {
    let rest = match s.strip_prefix('"') {
        Some(quoted) => {
            let mut escaped = false;
            let mut end = None;
            for (i, c) in quoted.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = Some(i + 1);
                        break;
                    }
                    _ => {}
                }
            }
            &quoted[end?..]
        }
        None => s,
    };
    let open = rest.find('<')?;
    let close = open + rest[open..].find('>')?;
    let after = rest[close + 1..].trim_start();
    (after.is_empty() || after.starts_with(';')).then(|| rest[open + 1..close].trim())
}

/// Removes URI syntax from a trimmed caller ID; text that is not a URI comes back unchanged.
pub(super) fn unwrap(input: &str) -> Result<Unwrapped<'_>, InvalidNumber> {
    let mut s = input;
    // name-addr: `"Display" <sip:...>` or `<tel:...>`, with a From header's parameters after it.
    if let Some(uri) = name_addr(s) {
        s = uri;
    }
    if let Some(rest) = strip_prefix_ci(s, "tel:") {
        return subscriber(Cow::Borrowed(rest));
    }
    let sip_rest = strip_prefix_ci(s, "sips:").or_else(|| strip_prefix_ci(s, "sip:"));
    if let Some(rest) = sip_rest {
        // userinfo ends at the last `@` before any URI parameters of the host part.
        let user = match rest.rfind('@') {
            Some(at) => &rest[..at],
            // No user part: take the text before any parameter (a bare number some gateways send).
            None => rest.split(';').next().unwrap_or(""),
        };
        // Drop a `:password`, which may only follow the user (the user itself has no `:`).
        let user = user.split(':').next().unwrap_or("");
        let user = percent_decode(user)?;
        if withheld::is_label(&user) {
            return Ok(Unwrapped::Withheld);
        }
        return subscriber(user);
    }
    // A telephone-subscriber without its scheme (`03-331-6005;phone-context=+64`), as
    // libphonenumber reads it.
    if has_phone_context(s) {
        return subscriber(Cow::Borrowed(s));
    }
    Ok(Unwrapped::Number {
        text: Cow::Borrowed(s),
        context: None,
    })
}

/// Whether `s` holds a `;phone-context=` parameter (any case), without allocating: plain
/// caller IDs, the common case, have no `;` at all.
fn has_phone_context(s: &str) -> bool {
    const PARAM: &[u8] = b";phone-context=";
    s.contains(';')
        && s.as_bytes()
            .windows(PARAM.len())
            .any(|w| w.eq_ignore_ascii_case(PARAM))
}

/// Splits an RFC 3966 telephone-subscriber (`number;param=value;…`) into number and context.
fn subscriber(text: Cow<'_, str>) -> Result<Unwrapped<'_>, InvalidNumber> {
    let (number, params) = match text.find(';') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (&text[..], ""),
    };
    if withheld::is_label(number) {
        return Ok(Unwrapped::Withheld);
    }
    let mut context = None;
    for param in params.split(';') {
        let (name, value) = param.split_once('=').unwrap_or((param, ""));
        if name.trim().eq_ignore_ascii_case("ext") && !is_extension(value) {
            return Err(InvalidNumber::NotANumber);
        }
        if name.trim().eq_ignore_ascii_case("phone-context") {
            if context.is_some() {
                return Err(InvalidNumber::InvalidPhoneContext);
            }
            context = Some(phone_context(value.trim())?);
        }
    }
    let number = number.to_string();
    Ok(Unwrapped::Number {
        text: Cow::Owned(number),
        context,
    })
}

/// An `ext` value libphonenumber accepts: 1 to 20 digits, visual separators aside.
fn is_extension(value: &str) -> bool {
    fold(value).is_ok_and(|f| !f.plus && (1..=20).contains(&f.digits.len()))
}

/// Reads a `phone-context` value: a global-number prefix (`+86`) or a domain name.
fn phone_context(value: &str) -> Result<Context, InvalidNumber> {
    if value.starts_with('+') {
        let FoldedNumber { plus, digits } =
            fold(value).map_err(|_| InvalidNumber::InvalidPhoneContext)?;
        // One `+` only: RFC 3966's global-number-digits (`++64` is no context).
        let one_plus = value.matches(['+', '\u{FF0B}']).count() == 1;
        if !plus || !one_plus || digits.is_empty() || digits.starts_with('0') {
            return Err(InvalidNumber::InvalidPhoneContext);
        }
        Ok(Context::Global(digits))
    } else if is_domain_name(value) {
        Ok(Context::Domain)
    } else {
        Err(InvalidNumber::InvalidPhoneContext)
    }
}

/// An RFC 3966 `domainname`: dot-separated labels of letters, digits and inner hyphens (a
/// final dot allowed), the last starting with a letter. `1` or `86` is not one: a
/// digit-only context without `+` is no context at all.
fn is_domain_name(value: &str) -> bool {
    let value = value.strip_suffix('.').unwrap_or(value);
    let label_ok = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let mut labels = value.split('.');
    let top = labels.next_back().unwrap_or("");
    label_ok(top) && top.as_bytes()[0].is_ascii_alphabetic() && labels.all(label_ok)
}

/// Decodes `%XX` escapes of ASCII characters in a SIP user part.
fn percent_decode(s: &str) -> Result<Cow<'_, str>, InvalidNumber> {
    if !s.contains('%') {
        return Ok(Cow::Borrowed(s));
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .ok_or(InvalidNumber::UnexpectedCharacter('%'))?;
            let byte =
                u8::from_str_radix(hex, 16).map_err(|_| InvalidNumber::UnexpectedCharacter('%'))?;
            if !byte.is_ascii() {
                return Err(InvalidNumber::UnexpectedCharacter('%'));
            }
            out.push(byte as char);
            i += 3;
        } else {
            // Copy one whole UTF-8 character.
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            out.push(c);
            i += c.len_utf8();
        }
    }
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(input: &str) -> (String, Option<Context>) {
        match unwrap(input).unwrap() {
            Unwrapped::Number { text, context } => (text.into_owned(), context),
            Unwrapped::Withheld => panic!("withheld: {input}"),
        }
    }

    #[test]
    fn plain_text_passes_through() {
        assert_eq!(number("+1 888 221 1161"), ("+1 888 221 1161".into(), None));
    }

    #[test]
    fn tel_global_and_local() {
        assert_eq!(
            number("tel:+1-888-221-1161"),
            ("+1-888-221-1161".into(), None)
        );
        assert_eq!(
            number("TEL:95188;phone-context=+86"),
            ("95188".into(), Some(Context::Global("86".into())))
        );
        assert_eq!(
            number("tel:863-1234;phone-context=+1-914-555"),
            ("863-1234".into(), Some(Context::Global("1914555".into())))
        );
        assert_eq!(
            number("tel:7042;phone-context=example.com"),
            ("7042".into(), Some(Context::Domain))
        );
        assert_eq!(
            number("tel:+1-888-221-1161;ext=22;isub=1"),
            ("+1-888-221-1161".into(), None)
        );
    }

    #[test]
    fn sip_user_part() {
        assert_eq!(
            number("sip:+18882211161@gw.example;user=phone"),
            ("+18882211161".into(), None)
        );
        assert_eq!(
            number("sips:+1-888-221-1161:secret@gw.example"),
            ("+1-888-221-1161".into(), None)
        );
        assert_eq!(
            number("\"PayPal\" <sip:%2B18882211161@gw.example>"),
            ("+18882211161".into(), None)
        );
        assert_eq!(
            number("sip:95188;phone-context=+86@gw.example;user=phone"),
            ("95188".into(), Some(Context::Global("86".into())))
        );
    }

    #[test]
    fn withheld_uris() {
        for s in [
            "sip:anonymous@anonymous.invalid",
            "SIP:Anonymous@host",
            "<sip:restricted@gw>",
            "tel:unknown",
        ] {
            assert_eq!(unwrap(s).unwrap(), Unwrapped::Withheld, "{s}");
        }
    }

    #[test]
    fn bad_contexts_and_escapes() {
        for s in [
            "tel:1234;phone-context=",
            "tel:1234;phone-context=+",
            "tel:1234;phone-context=+0086",
            "tel:1234;phone-context=a b",
            "tel:1234;phone-context=+86;phone-context=+1",
        ] {
            assert_eq!(unwrap(s), Err(InvalidNumber::InvalidPhoneContext), "{s}");
        }
        assert_eq!(
            unwrap("sip:%2@gw"),
            Err(InvalidNumber::UnexpectedCharacter('%'))
        );
        assert_eq!(
            unwrap("sip:%E4%B8%AD@gw"),
            Err(InvalidNumber::UnexpectedCharacter('%'))
        );
    }
}
