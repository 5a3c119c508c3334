//! Behaviour of the scam-indicator scanner: every indicator kind and every folding rule in each
//! language, requests versus mentions, spans, the streaming scanner and robustness properties.

use callguard::scan::{
    self, detect_language, Indicator, IndicatorKind as K, Language, Scanner, SecretKind as S,
    StreamScanner,
};
use proptest::prelude::*;
use std::sync::Arc;

fn secrets(text: &str) -> Vec<S> {
    let mut v: Vec<S> = scan::scan(text)
        .into_iter()
        .filter(|i| i.kind == K::CredentialRequest)
        .filter_map(|i| i.secret)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn kinds(text: &str) -> Vec<K> {
    let mut v: Vec<K> = scan::scan(text).into_iter().map(|i| i.kind).collect();
    v.sort();
    v.dedup();
    v
}

fn requests(text: &str) -> bool {
    !secrets(text).is_empty()
}

#[track_caller]
fn assert_request(text: &str, kind: S) {
    let got = secrets(text);
    assert!(
        got.contains(&kind),
        "expected {kind:?} in {got:?} for {text:?}"
    );
}

#[track_caller]
fn assert_no_request(text: &str) {
    let got: Vec<Indicator> = scan::scan(text)
        .into_iter()
        .filter(|i| i.kind == K::CredentialRequest)
        .collect();
    assert!(got.is_empty(), "unexpected request in {text:?}: {got:?}");
}

// ---------- credential requests, per secret kind and language ----------

#[test]
fn credential_request_kinds_zh_hans() {
    assert_request("请把刚收到的验证码告诉我", S::VerificationCode);
    assert_request("麻烦把您的登录密码报一下", S::Password);
    assert_request("您的银行卡PIN码是多少？", S::Pin);
    assert_request("请提供银行卡号和有效期", S::CardNumber);
    assert_request("卡背面的三位安全码念给我", S::Cvv);
    assert_request("把身份证号码发给我核对", S::IdNumber);
    assert_request("请提供您的银行账号", S::BankAccount);
    assert_request("把钱包助记词发给我", S::OtherSecret);
}

#[test]
fn credential_request_kinds_zh_hant() {
    assert_request("請把簡訊驗證碼唸給我", S::VerificationCode);
    assert_request("請提供您的網路銀行密碼", S::Password);
    assert_request("麻煩提供提款卡密碼", S::Pin);
    assert_request("請告訴我信用卡卡號", S::CardNumber);
    assert_request("請告訴我背面的末三碼", S::Cvv);
    assert_request("請提供身分證字號", S::IdNumber);
}

#[test]
fn credential_request_kinds_en() {
    assert_request(
        "Can you read me the verification code?",
        S::VerificationCode,
    );
    assert_request("Reply with your password please", S::Password);
    assert_request("What's your debit card PIN?", S::Pin);
    assert_request("I'll need your card number and expiry date", S::CardNumber);
    assert_request("Tell me the CVV on the back", S::Cvv);
    assert_request("Please provide your full SSN", S::IdNumber);
    assert_request("Give me your account and routing numbers", S::BankAccount);
    assert_request("Type your seed phrase into the page I sent", S::OtherSecret);
}

#[test]
fn credential_request_kinds_es() {
    assert_request("Dígame el código que le enviamos", S::VerificationCode);
    assert_request("Necesito su contraseña", S::Password);
    assert_request("¿Cuál es el PIN de su tarjeta?", S::Pin);
    assert_request("Léame el número de la tarjeta", S::CardNumber);
    assert_request("Confírmeme su número de DNI", S::IdNumber);
}

#[test]
fn paraphrases_and_read_back() {
    assert_request(
        "那串数字收到了吧？对，就是短信里那串，读给我听一下。",
        S::VerificationCode,
    );
    assert_request(
        "您收到的那組六位數字，再唸一次給我核對。",
        S::VerificationCode,
    );
    assert_request(
        "Six digits, should have just arrived - what are they?",
        S::VerificationCode,
    );
    assert_request(
        "Léame los seis dígitos que le llegaron.",
        S::VerificationCode,
    );
    assert_request("Please read the code back to me.", S::VerificationCode);
}

#[test]
fn pronoun_refers_to_previous_sentence() {
    assert_request(
        "We've sent a verification code to your email. Please read it out so I can help.",
        S::VerificationCode,
    );
    assert_request(
        "验证码已经发送到您手机。收到后告诉我。",
        S::VerificationCode,
    );
    // A cue with its own object does not borrow the previous sentence's secret.
    assert_no_request("谢谢你，验证码正确。请告诉我你最近购买的商品名称。");
}

#[test]
fn negations_that_do_not_negate_the_request() {
    assert_request(
        "Don't hang up, just read me the code you got.",
        S::VerificationCode,
    );
    assert_request("Don't worry, tell me the PIN and we're done.", S::Pin);
    assert_request("Don't forget to send me the code.", S::VerificationCode);
    assert_request("别忘了把验证码发给我。", S::VerificationCode);
    assert_request("你先别挂电话，把验证码告诉我。", S::VerificationCode);
    assert_request("No cuelgue, dígame el código.", S::VerificationCode);
    // …while a negated list stays negated across its commas.
    assert_no_request(
        "Our agents may ask you to confirm the last four digits of your phone number, but never your full card number, your PIN or any passcode.",
    );
}

#[test]
fn more_request_forms() {
    assert_request(
        "Please verify your identity by replying with the code we sent.",
        S::VerificationCode,
    );
    assert_request(
        "Can you share the code with me so I can verify you?",
        S::VerificationCode,
    );
    assert_request("收到的验证码直接发给客服就行。", S::VerificationCode);
    assert_no_request("Share your referral code with friends and earn rewards.");
    assert_no_request("Do not share this code with anyone.");
    assert_no_request("Your Uber code: 1234. Reply STOP to unsubscribe.");
    assert_no_request("G-482913 is your Google verification code.");
    assert_no_request("Use 123456 as your login code for Acme. Don't share it.");
}

#[test]
fn own_account_help_is_not_a_request() {
    assert_no_request("How do I reset my password? Can you tell me?");
    assert_no_request("我的密码忘了，怎么找回？你能告诉我吗？");
    assert_no_request("Can you send me the wifi password for the guest network?");
}

#[test]
fn caller_supplied_destination() {
    assert_request(
        "您把动态码输入到我刚发给您的链接页面里",
        S::VerificationCode,
    );
    assert_request(
        "Enter the code you receive on the page I sent you.",
        S::VerificationCode,
    );
    assert_request(
        "Open the link I just sent you and sign in with your password.",
        S::Password,
    );
    assert_request(
        "你只需要点击链接，登录你的账号，就可以完成退款。",
        S::Password,
    );
    assert_request(
        "下载了之后，你直接在APP里输入验证码就可以了。",
        S::VerificationCode,
    );
}

// ---------- mentions that are not requests ----------

#[test]
fn otp_sms_templates_are_not_requests() {
    assert_no_request("【星河银行】您的验证码为385921，5分钟内有效。验证码仅用于本人登录，请勿泄露给他人，工作人员不会向您索取。");
    assert_no_request("验证码 482913，请勿泄露");
    assert_no_request("【晨星銀行】您的驗證碼為204857，請勿將驗證碼告知他人。");
    assert_no_request("Your Acme Bank verification code is 482913. Never share this code - we will never call you to ask for it.");
    assert_no_request("WalletPay: 203948 is your login code. Don't share it with anyone.");
    assert_no_request(
        "Banco Solaris: su código de verificación es 582017. No lo comparta con nadie.",
    );
}

#[test]
fn warnings_refusals_questions_are_not_requests() {
    assert_no_request("我们不会以任何理由索要您的密码或短信验证码。");
    assert_no_request("凡是索要验证码的都是诈骗。");
    assert_no_request("We will never ask for your code.");
    assert_no_request("Bank staff will never ask you to read out a verification code.");
    assert_no_request("我不会告诉你验证码的。");
    assert_no_request("No, I won't read out that code.");
    assert_no_request("I reset my password and now I can't log in, can you help?");
    assert_no_request("忘记支付密码的话，在APP里点“忘记密码”重置即可。");
    assert_no_request("他让我把验证码填到他发的网页里，这正常吗？");
    assert_no_request("Nunca le pediremos su contraseña.");
}

#[test]
fn own_entry_and_non_secret_codes_are_not_requests() {
    assert_no_request("请在APP页面输入收到的验证码完成登录。");
    assert_no_request("Enter the code you received on this screen to finish signing in.");
    assert_no_request("Show code 4821 at the counter to get your free coffee.");
    assert_no_request("下载后注册时填我的邀请码123456，可以多领一张优惠券。");
    assert_no_request("Use promo code SPRING10 at checkout and tell me if it works.");
    assert_no_request("点击进去，输入验证码一六八六八六，就可以看到你的贷款额度了。");
}

// ---------- folding rules, each in each script ----------

#[test]
fn folding_fullwidth() {
    assert_request("把ＯＴＰ发给我", S::VerificationCode);
    assert_request("請把ＯＴＰ回傳給我", S::VerificationCode);
    assert_request("Read out the ＯＴＰ please", S::VerificationCode);
    assert_request("请把收到的６位数字报给我", S::VerificationCode);
}

#[test]
fn folding_case() {
    assert_request("READ ME THE CODE", S::VerificationCode);
    assert_request("DÍGAME EL CÓDIGO", S::VerificationCode);
    assert_request("把Otp发给我", S::VerificationCode);
}

#[test]
fn folding_zero_width() {
    assert_request("验\u{200B}证\u{200B}码发我一下", S::VerificationCode);
    assert_request("驗\u{200D}證\u{200D}碼傳我一下", S::VerificationCode);
    assert_request("Send me the co\u{200B}de", S::VerificationCode);
    assert_request("Dígame el có\u{2060}digo", S::VerificationCode);
}

#[test]
fn folding_separators_between_characters() {
    assert_request("验 证 码 发 我 一 下", S::VerificationCode);
    assert_request("驗-證-碼傳給我", S::VerificationCode);
    assert_request("Tell me the p a s s w o r d", S::Password);
    assert_request("Please send me the O.T.P", S::VerificationCode);
    assert_request("Envíeme el c-ó-d-i-g-o", S::VerificationCode);
}

#[test]
fn folding_emoji_between_characters() {
    assert_request("验🔐证🔐码发一下给我", S::VerificationCode);
    assert_request("驗🔑證🔑碼給我", S::VerificationCode);
    assert_request("send me the c🔒o🔒d🔒e", S::VerificationCode);
}

#[test]
fn folding_traditional_to_simplified() {
    assert_request("請把驗證碼告訴我", S::VerificationCode);
    assert_request("請把驗証碼告訴我", S::VerificationCode);
    assert_request("請提供帳戶密碼", S::Password);
}

#[test]
fn folding_homoglyphs_and_digit_swaps() {
    assert_request(
        "Please read the vеrification cоde aloud",
        S::VerificationCode,
    );
    assert_request("Tell me the c0de", S::VerificationCode);
    assert_request("I'll need your passw0rd", S::Password);
    assert_request("Páseme el c0digo", S::VerificationCode);
    assert_request("把密碼告訴我", S::Password);
}

#[test]
fn folding_pinyin_initials() {
    assert_request("收到的yzm直接回复我就行", S::VerificationCode);
    assert_request("你的mm是多少？", S::Password);
    assert_request("你把sfz号发我", S::IdNumber);
    assert_request("你把yhk号发我", S::CardNumber);
    // Not in English text, and not inside longer tokens.
    assert_no_request("Tell me the size in mm please");
    assert_no_request("yzm千万别发给陌生人");
}

#[test]
fn folding_hard_negatives_stay_negative() {
    assert_no_request("验 证 码 请 勿 泄 露 给 他 人 。");
    assert_no_request("Please don't share your passw0rd or c0de with anyone who calls you.");
    assert_no_request("No compartas tu c0digo con nadie.");
}

// ---------- other indicator kinds, per language ----------

#[test]
fn remote_access() {
    assert!(kinds("你下载一下这个远程协助软件").contains(&K::RemoteAccess));
    assert!(kinds("請安裝遠程協助軟體").contains(&K::RemoteAccess));
    assert!(kinds("Install the remote support app now").contains(&K::RemoteAccess));
    assert!(kinds("Instale esta aplicación de acceso remoto").contains(&K::RemoteAccess));
    assert!(!kinds("不要安装任何远程控制软件").contains(&K::RemoteAccess));
}

#[test]
fn screen_share() {
    assert!(kinds("你开一下屏幕共享").contains(&K::ScreenShare));
    assert!(kinds("開一下螢幕分享").contains(&K::ScreenShare));
    assert!(kinds("Please share your screen with me").contains(&K::ScreenShare));
    assert!(kinds("Comparta su pantalla ahora").contains(&K::ScreenShare));
    assert!(!kinds("Never share your screen with a caller.").contains(&K::ScreenShare));
}

#[test]
fn safe_account_transfer() {
    assert!(kinds("请把钱转到安全账户").contains(&K::SafeAccountTransfer));
    assert!(kinds("請把錢轉到安全帳戶").contains(&K::SafeAccountTransfer));
    assert!(
        kinds("We will move your funds into a protected account").contains(&K::SafeAccountTransfer)
    );
    assert!(kinds("Transfiera el dinero a una cuenta segura").contains(&K::SafeAccountTransfer));
}

#[test]
fn link_or_app_install() {
    assert!(kinds("请点击链接下载APP").contains(&K::LinkOrAppInstall));
    assert!(kinds("請點擊連結").contains(&K::LinkOrAppInstall));
    assert!(kinds("Click the link to claim").contains(&K::LinkOrAppInstall));
    assert!(kinds("Descargue la aplicación del enlace").contains(&K::LinkOrAppInstall));
}

#[test]
fn refund_or_compensation_lure() {
    assert!(kinds("我们给您三倍赔偿").contains(&K::RefundOrCompensationLure));
    assert!(kinds("可以領取補償金").contains(&K::RefundOrCompensationLure));
    assert!(kinds("You are eligible for a refund").contains(&K::RefundOrCompensationLure));
    assert!(kinds("Tiene un reembolso pendiente").contains(&K::RefundOrCompensationLure));
}

#[test]
fn urgency_or_threat() {
    assert!(kinds("你的账户涉嫌洗钱，马上处理").contains(&K::UrgencyOrThreat));
    assert!(kinds("您的帳戶將被凍結").contains(&K::UrgencyOrThreat));
    assert!(
        kinds("Act immediately or your account will be suspended").contains(&K::UrgencyOrThreat)
    );
    assert!(kinds("Hágalo inmediatamente").contains(&K::UrgencyOrThreat));
}

#[test]
fn urgency_is_pressure_not_the_speakers_promise() {
    assert!(kinds("请马上处理，否则账户会被冻结").contains(&K::UrgencyOrThreat));
    assert!(!kinds("好的，我们会尽快处理您的退款。").contains(&K::UrgencyOrThreat));
    assert!(!kinds("我马上把链接发给你。").contains(&K::UrgencyOrThreat));
    assert!(!kinds("We'll process it right away.").contains(&K::UrgencyOrThreat));
    assert!(kinds("You must act right away or lose access.").contains(&K::UrgencyOrThreat));
}

#[test]
fn secrecy() {
    assert!(kinds("这件事不能跟家人说").contains(&K::Secrecy));
    assert!(kinds("不要告訴任何人").contains(&K::Secrecy));
    assert!(kinds("Keep this confidential, okay?").contains(&K::Secrecy));
    assert!(kinds("No se lo diga a nadie").contains(&K::Secrecy));
    // "Tell no one your code" is a warning about the code, not secrecy about the call.
    assert!(!kinds("验证码不要告诉任何人").contains(&K::Secrecy));
}

#[test]
fn impersonation_claims_name_the_provider() {
    let claim = |t: &str| -> Vec<Option<String>> {
        scan::scan(t)
            .into_iter()
            .filter(|i| i.kind == K::ImpersonationClaim)
            .map(|i| i.provider)
            .collect()
    };
    assert_eq!(
        claim("您好，我是支付宝客服"),
        vec![Some("alipay".to_string())]
    );
    assert_eq!(
        claim("This is PayPal calling about your account"),
        vec![Some("paypal".to_string())]
    );
    assert_eq!(claim("我是銀行客服"), vec![None]);
    assert_eq!(claim("Hi, this is the fraud department."), vec![None]);
    assert_eq!(claim("Le llamamos del departamento de fraudes"), vec![None]);
    // A claim cue before an institution makes a generic claim.
    assert_eq!(
        claim("喂，你好，我是农业银行滇子支行的客服专员。"),
        vec![None]
    );
    assert_eq!(claim("這裡是郵局客服中心。"), vec![None]);
    assert_eq!(claim("Hi, this is Acme Bank security."), vec![None]);
    // A mere mention is not a claim.
    assert!(claim("我昨天用支付宝买了东西").is_empty());
    // Providers from a custom registry list.
    let s = Scanner::new([("acme", vec!["Acme Wallet", "极客钱包"])]).unwrap();
    let got: Vec<_> = s
        .scan("这里是极客钱包官方客服")
        .into_iter()
        .filter(|i| i.kind == K::ImpersonationClaim)
        .map(|i| i.provider)
        .collect();
    assert_eq!(got, vec![Some("acme".to_string())]);
}

#[test]
fn scanner_rejects_bad_providers() {
    assert!(Scanner::new([("", vec!["x"])]).is_err());
    assert!(Scanner::new([("x", vec![" "])]).is_err());
    assert!(Scanner::new([("x", Vec::<&str>::new())]).is_err());
    assert!(Scanner::new([("x", vec!["\u{200B}"])]).is_err());
}

// ---------- spans ----------

#[test]
fn spans_point_at_the_original_text() {
    let text = "😀请把验 证 码告诉我";
    let ind = scan::scan(text)
        .into_iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(ind.excerpt, "验 证 码");
    assert_eq!(&text[ind.start..ind.end], "验 证 码");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&utf16[ind.start_utf16..ind.end_utf16]).unwrap(),
        "验 证 码"
    );
    let text = "Ｈi. Send me the ＯＴＰ now.";
    let ind = scan::scan(text)
        .into_iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(ind.excerpt, "ＯＴＰ");
    assert_eq!(ind.detail(), Some("verification_code"));
}

#[test]
fn json_carries_the_cli_contract_fields() {
    let ind = scan::scan("请把验证码告诉我。我是支付宝客服。")
        .into_iter()
        .map(|i| serde_json::to_value(&i).unwrap())
        .collect::<Vec<_>>();
    assert_eq!(ind[0]["kind"], "credential_request");
    assert_eq!(ind[0]["detail"], "verification_code");
    assert_eq!(ind[0]["excerpt"], "验证码");
    assert!(ind[0]["start"].is_u64() && ind[0]["end"].is_u64());
    let claim = ind
        .iter()
        .find(|v| v["kind"] == "impersonation_claim")
        .unwrap();
    assert_eq!(claim["detail"], "alipay");
    assert_eq!(claim["provider"], "alipay");
}

#[test]
fn language_detection() {
    assert_eq!(detect_language("请把验证码告诉我"), Language::ZhHans);
    assert_eq!(detect_language("請把驗證碼告訴我"), Language::ZhHant);
    assert_eq!(detect_language("Please read me the code"), Language::En);
    assert_eq!(
        detect_language("Dígame el código que le enviamos"),
        Language::Es
    );
    assert_eq!(Language::from_tag("zh-TW"), Some(Language::ZhHant));
    assert_eq!(Language::from_tag("zh-Hans-HK"), Some(Language::ZhHans));
    assert_eq!(Language::from_tag("zh_Hant"), Some(Language::ZhHant));
    assert_eq!(Language::from_tag("zhx"), None);
    assert_eq!(Language::from_tag("es-MX"), Some(Language::Es));
    assert_eq!(Language::from_tag("fr"), None);
}

#[test]
fn language_hint_controls_pinyin_initials() {
    assert!(
        scan::scan_with_language("mm shi duoshao? tell me mm", Some(Language::ZhHans))
            .iter()
            .any(|i| i.kind == K::CredentialRequest)
    );
    assert!(
        !scan::scan_with_language("你的mm是多少？", Some(Language::En))
            .iter()
            .any(|i| i.kind == K::CredentialRequest)
    );
}

// ---------- streaming ----------

fn stream_all(text: &str, cuts: &[usize]) -> Vec<Indicator> {
    let mut s = StreamScanner::new();
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut last = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort();
    for c in cuts {
        out.extend(s.push_bytes(&bytes[last..c]));
        last = c;
    }
    out.extend(s.push_bytes(&bytes[last..]));
    out.extend(s.finish());
    out
}

const TRANSCRIPT: &str = "您好，这里是支付宝客服。您的账户涉嫌洗钱，马上要冻结。请把刚收到的验 证 码告诉我，\
不要告诉家人。Hi, this is the fraud department. We've sent a code to your phone. Please read it to me \
right away. Then install the remote support app and share your screen. 請點擊連結，輸入卡號和簡訊驗證碼。";

#[test]
fn streaming_reports_as_soon_as_a_sentence_completes() {
    let mut s = StreamScanner::new();
    assert!(s.push("请把刚收到的验证").is_empty());
    assert!(s.push("码告诉我").is_empty(), "sentence not finished yet");
    let got = s.push("。然后");
    assert!(got.iter().any(|i| i.kind == K::CredentialRequest));
    assert!(s.finish().is_empty());
}

#[test]
fn peek_shows_the_unfinished_sentence_without_consuming_it() {
    let mut s = StreamScanner::new();
    assert!(s.push("好的，请把刚收到的验证码告诉我").is_empty());
    let early = s.peek();
    assert!(early.iter().any(|i| i.kind == K::CredentialRequest));
    assert_eq!(s.peek(), early, "peek does not consume");
    // The final word comes with the end of the sentence, and here the words that follow veto it.
    let mut all = s.push("，他这么说，这正常吗？");
    all.extend(s.finish());
    assert!(!all.iter().any(|i| i.kind == K::CredentialRequest));
    assert_eq!(
        all,
        scan::scan("好的，请把刚收到的验证码告诉我，他这么说，这正常吗？")
    );
}

#[test]
fn streaming_equals_one_shot_on_a_transcript() {
    let one = scan::scan(TRANSCRIPT);
    assert!(
        one.iter()
            .filter(|i| i.kind == K::CredentialRequest)
            .count()
            >= 3
    );
    for step in [1, 2, 3, 5, 7, 13, 64] {
        let cuts: Vec<usize> = (0..TRANSCRIPT.len()).step_by(step).collect();
        assert_eq!(stream_all(TRANSCRIPT, &cuts), one, "chunk size {step}");
    }
}

#[test]
fn streaming_memory_is_bounded() {
    let mut s = StreamScanner::with_scanner(callguard::guard::CallGuard::bundled().snapshot().scanner().clone(), None);
    let chunk = "没有标点的字幕一直在说话".repeat(10);
    for _ in 0..2000 {
        s.push(&chunk);
        assert!(s.buffered() <= scan::MAX_SENTENCE + chunk.len() + 4);
    }
    s.finish();
}

#[test]
fn stream_scanner_is_send() {
    fn is_send<T: Send + 'static>() {}
    is_send::<StreamScanner>();
    let shared: Arc<Scanner> = callguard::guard::CallGuard::bundled().snapshot().scanner().clone();
    let mut st = shared.stream();
    let h = std::thread::spawn(move || {
        st.push("Tell me the PIN.");
        st.finish()
    });
    assert!(h
        .join()
        .unwrap()
        .iter()
        .any(|i| i.kind == K::CredentialRequest));
}

#[test]
fn ten_megabytes_complete() {
    let unit = "您好，这里是客服中心。Please read me the code we sent. 验证码 482913，请勿泄露。";
    let text = unit.repeat(10 * 1024 * 1024 / unit.len() + 1);
    let found = scan::scan(&text);
    assert!(found.iter().any(|i| i.kind == K::CredentialRequest));
}

fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop::sample::select(vec![
            "验证码",
            "驗 證 碼",
            "告诉我",
            "请勿",
            "。",
            "，",
            "code",
            "c0de",
            " ",
            "read me",
            "the ",
            "PIN",
            ". ",
            "?",
            "\u{200B}",
            "🔐",
            "ＯＴＰ",
            "密码",
            "mm",
            "不要",
            "link",
            "链接",
            "下载",
            "482913",
            "一六八六",
            "\n",
            "é",
            "Ｅ",
            "-",
            ".",
            "我是支付宝",
            "this is PayPal",
            "不能跟家人说",
            "屏幕共享",
        ]),
        0..60,
    );
    pieces.prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_panic_on_arbitrary_unicode(s in "\\PC*") {
        let _ = scan::scan(&s);
    }

    #[test]
    fn spans_are_valid(s in mixed_text()) {
        for i in scan::scan(&s) {
            prop_assert!(i.start <= i.end && i.end <= s.len());
            prop_assert!(s.is_char_boundary(i.start) && s.is_char_boundary(i.end));
            prop_assert_eq!(&s[i.start..i.end], i.excerpt.as_str());
            let u16_start = s[..i.start].encode_utf16().count();
            let u16_end = s[..i.end].encode_utf16().count();
            prop_assert_eq!((i.start_utf16, i.end_utf16), (u16_start, u16_end));
        }
    }

    #[test]
    fn streaming_equals_one_shot(s in mixed_text(), cuts in prop::collection::vec(0usize..4096, 0..12)) {
        // Cuts are byte offsets: they fall inside multi-byte characters and inside words.
        prop_assert_eq!(stream_all(&s, &cuts), scan::scan(&s));
    }

    #[test]
    fn streaming_equals_one_shot_any_text(s in "\\PC{0,300}", cuts in prop::collection::vec(0usize..1200, 0..8)) {
        prop_assert_eq!(stream_all(&s, &cuts), scan::scan(&s));
    }

    #[test]
    fn streaming_bytes_equal_lossy_decoding(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        cuts in prop::collection::vec(0usize..400, 0..8),
    ) {
        // Invalid UTF-8 (and sequences cut by a chunk border) decode as from_utf8_lossy does.
        let mut s = StreamScanner::new();
        let mut got = Vec::new();
        let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
        cuts.sort();
        let mut last = 0;
        for c in cuts {
            got.extend(s.push_bytes(&bytes[last..c]));
            last = c;
        }
        got.extend(s.push_bytes(&bytes[last..]));
        got.extend(s.finish());
        prop_assert_eq!(got, scan::scan(&String::from_utf8_lossy(&bytes)));
    }

    #[test]
    fn requests_survive_separator_obfuscation(sep in prop::sample::select(vec![" ", "-", ".", "\u{200B}", "🔐", "·", "_"])) {
        let word = ["验", "证", "码"].join(sep);
        let text = format!("请把{word}告诉我");
        prop_assert!(requests(&text), "{}", text);
    }
}
