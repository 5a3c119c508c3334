//! Behaviour of the scam-indicator scanner: every indicator kind and every folding rule in each
//! language, requests versus mentions, spans, the streaming scanner and robustness properties.

use callguard::guard::CallGuard;
use callguard::scan::{
    detect_language, Indicator, IndicatorKind as K, Language, Scanner, SecretKind as S,
    StreamScanner,
};
use proptest::prelude::*;
use std::sync::{Arc, LazyLock};

/// The bundled guard, built once: its scanner knows the demo registry's providers (alipay,
/// paypal, …), which the free `callguard::scan::scan` is not meant to keep knowing.
static GUARD: LazyLock<CallGuard> = LazyLock::new(CallGuard::bundled);

/// Scans `text` with the bundled guard's scanner (no language hint).
fn scan(text: &str) -> Vec<Indicator> {
    GUARD.scan(text, None)
}

fn secrets(text: &str) -> Vec<S> {
    let mut v: Vec<S> = scan(text)
        .into_iter()
        .filter(|i| i.kind == K::CredentialRequest)
        .filter_map(|i| i.secret)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn kinds(text: &str) -> Vec<K> {
    let mut v: Vec<K> = scan(text).into_iter().map(|i| i.kind).collect();
    v.sort();
    v.dedup();
    v
}

fn requests(text: &str) -> bool {
    !secrets(text).is_empty()
}

// ---------- credential requests and mentions that are not, per secret kind, language and
// folding rule (each in each script) ----------

/// Texts that ask for a secret: (case name, text, a secret kind the scan must report as
/// requested). Names are the former test function's name and the case's number in it
/// (requests and no-requests numbered together).
#[rustfmt::skip]
const REQUESTS: &[(&str, &str, S)] = &[
    ("credential_request_kinds_zh_hans_1", "请把刚收到的验证码告诉我", S::VerificationCode),
    // Replying to the message itself with the code (the Google Voice lure).
    ("reply_to_this_message_with_1", "If you would like to lock your account, reply to this alert with the 6-digit verification code you will receive soon.", S::VerificationCode),
    ("credential_request_kinds_zh_hans_2", "麻烦把您的登录密码报一下", S::Password),
    ("credential_request_kinds_zh_hans_3", "您的银行卡PIN码是多少？", S::Pin),
    ("credential_request_kinds_zh_hans_4", "请提供银行卡号和有效期", S::CardNumber),
    ("credential_request_kinds_zh_hans_5", "卡背面的三位安全码念给我", S::Cvv),
    ("credential_request_kinds_zh_hans_6", "把身份证号码发给我核对", S::IdNumber),
    ("credential_request_kinds_zh_hans_7", "请提供您的银行账号", S::BankAccount),
    ("credential_request_kinds_zh_hans_8", "把钱包助记词发给我", S::SeedPhrase),
    ("credential_request_kinds_zh_hant_1", "請把簡訊驗證碼唸給我", S::VerificationCode),
    ("credential_request_kinds_zh_hant_2", "這裡是銀行客服，請提供您的網路銀行密碼", S::Password),
    ("credential_request_kinds_zh_hant_3", "麻煩提供提款卡密碼", S::Pin),
    ("credential_request_kinds_zh_hant_4", "請告訴我信用卡卡號", S::CardNumber),
    ("credential_request_kinds_zh_hant_5", "請告訴我背面的末三碼", S::Cvv),
    ("credential_request_kinds_zh_hant_6", "請提供身分證字號", S::IdNumber),
    ("credential_request_kinds_en_1", "Can you read me the verification code?", S::VerificationCode),
    ("credential_request_kinds_en_2", "Reply with your password please", S::Password),
    ("credential_request_kinds_en_3", "What's your debit card PIN?", S::Pin),
    ("credential_request_kinds_en_4", "I'll need your card number and expiry date", S::CardNumber),
    ("credential_request_kinds_en_5", "Tell me the CVV on the back", S::Cvv),
    ("credential_request_kinds_en_6", "Please provide your full SSN", S::IdNumber),
    ("credential_request_kinds_en_7", "Give me your account and routing numbers", S::BankAccount),
    ("credential_request_kinds_en_8", "Type your seed phrase into the page I sent", S::SeedPhrase),
    ("credential_request_kinds_es_1", "Dígame el código que le enviamos", S::VerificationCode),
    ("credential_request_kinds_es_2", "Necesito su contraseña", S::Password),
    ("credential_request_kinds_es_3", "¿Cuál es el PIN de su tarjeta?", S::Pin),
    ("credential_request_kinds_es_4", "Léame el número de la tarjeta", S::CardNumber),
    ("credential_request_kinds_es_5", "Confírmeme su número de DNI", S::IdNumber),
    ("paraphrases_and_read_back_1", "那串数字收到了吧？对，就是短信里那串，读给我听一下。", S::VerificationCode),
    ("paraphrases_and_read_back_2", "您收到的那組六位數字，再唸一次給我核對。", S::VerificationCode),
    ("paraphrases_and_read_back_3", "Six digits, should have just arrived - what are they?", S::VerificationCode),
    ("paraphrases_and_read_back_4", "Léame los seis dígitos que le llegaron.", S::VerificationCode),
    ("paraphrases_and_read_back_5", "Please read the code back to me.", S::VerificationCode),
    ("pronoun_refers_to_previous_sentence_1", "We've sent a verification code to your email. Please read it out so I can help.", S::VerificationCode),
    ("pronoun_refers_to_previous_sentence_2", "验证码已经发送到您手机。收到后告诉我。", S::VerificationCode),
    ("negations_that_do_not_negate_the_request_1", "Don't hang up, just read me the code you got.", S::VerificationCode),
    ("negations_that_do_not_negate_the_request_2", "Don't worry, tell me the PIN and we're done.", S::Pin),
    ("negations_that_do_not_negate_the_request_3", "Don't forget to send me the code.", S::VerificationCode),
    ("negations_that_do_not_negate_the_request_4", "别忘了把验证码发给我。", S::VerificationCode),
    ("negations_that_do_not_negate_the_request_5", "你先别挂电话，把验证码告诉我。", S::VerificationCode),
    ("negations_that_do_not_negate_the_request_6", "No cuelgue, dígame el código.", S::VerificationCode),
    ("more_request_forms_1", "Please verify your identity by replying with the code we sent.", S::VerificationCode),
    ("more_request_forms_2", "Can you share the code with me so I can verify you?", S::VerificationCode),
    ("more_request_forms_3", "收到的验证码直接发给客服就行。", S::VerificationCode),
    ("caller_supplied_destination_1", "您把动态码输入到我刚发给您的链接页面里", S::VerificationCode),
    ("caller_supplied_destination_2", "Enter the code you receive on the page I sent you.", S::VerificationCode),
    ("caller_supplied_destination_3", "Open the link I just sent you and sign in with your password.", S::Password),
    ("caller_supplied_destination_4", "你只需要点击链接，登录你的账号，就可以完成退款。", S::Password),
    ("caller_supplied_destination_5", "下载了之后，你直接在APP里输入验证码就可以了。", S::VerificationCode),
    ("folding_fullwidth_1", "把ＯＴＰ发给我", S::VerificationCode),
    ("folding_fullwidth_2", "請把ＯＴＰ回傳給我", S::VerificationCode),
    ("folding_fullwidth_3", "Read out the ＯＴＰ please", S::VerificationCode),
    ("folding_fullwidth_4", "请把收到的６位数字报给我", S::VerificationCode),
    ("folding_case_1", "READ ME THE CODE", S::VerificationCode),
    ("folding_case_2", "DÍGAME EL CÓDIGO", S::VerificationCode),
    ("folding_case_3", "把Otp发给我", S::VerificationCode),
    ("folding_zero_width_1", "验\u{200B}证\u{200B}码发我一下", S::VerificationCode),
    ("folding_zero_width_2", "驗\u{200D}證\u{200D}碼傳我一下", S::VerificationCode),
    ("folding_zero_width_3", "Send me the co\u{200B}de", S::VerificationCode),
    ("folding_zero_width_4", "Dígame el có\u{2060}digo", S::VerificationCode),
    ("folding_separators_between_characters_1", "验 证 码 发 我 一 下", S::VerificationCode),
    ("folding_separators_between_characters_2", "驗-證-碼傳給我", S::VerificationCode),
    ("folding_separators_between_characters_3", "Tell me the p a s s w o r d", S::Password),
    ("folding_separators_between_characters_4", "Please send me the O.T.P", S::VerificationCode),
    ("folding_separators_between_characters_5", "Envíeme el c-ó-d-i-g-o", S::VerificationCode),
    ("folding_emoji_between_characters_1", "验🔐证🔐码发一下给我", S::VerificationCode),
    ("folding_emoji_between_characters_2", "驗🔑證🔑碼給我", S::VerificationCode),
    ("folding_emoji_between_characters_3", "send me the c🔒o🔒d🔒e", S::VerificationCode),
    ("folding_traditional_to_simplified_1", "請把驗證碼告訴我", S::VerificationCode),
    ("folding_traditional_to_simplified_2", "請把驗証碼告訴我", S::VerificationCode),
    ("folding_traditional_to_simplified_3", "請提供一下帳戶密碼", S::Password),
    ("folding_homoglyphs_and_digit_swaps_1", "Please read the vеrification cоde aloud", S::VerificationCode),
    ("folding_homoglyphs_and_digit_swaps_2", "Tell me the c0de", S::VerificationCode),
    ("folding_homoglyphs_and_digit_swaps_3", "I'll need your passw0rd", S::Password),
    ("folding_homoglyphs_and_digit_swaps_4", "Páseme el c0digo", S::VerificationCode),
    ("folding_homoglyphs_and_digit_swaps_5", "把密碼告訴我", S::Password),
    // Look-alikes beyond Cyrillic and Greek (UTS #39 skeletons): Armenian ս, Latin alpha ɑ,
    // Cherokee Ꮲ, small capital ᴄ.
    ("folding_homoglyphs_and_digit_swaps_6", "Send us yoսr pɑssword", S::Password),
    ("folding_homoglyphs_and_digit_swaps_7", "Ꮲlease tell me the verification ᴄode", S::VerificationCode),
    ("folding_pinyin_initials_1", "收到的yzm直接回复我就行", S::VerificationCode),
    ("folding_pinyin_initials_2", "你的mm是多少？", S::Password),
    ("folding_pinyin_initials_3", "你把sfz号发我", S::IdNumber),
    ("folding_pinyin_initials_4", "你把yhk号发我", S::CardNumber),
    // A URL's words are no cues, but the sentence around it still asks.
    ("words_inside_a_url_1", "Your account is locked. Click https://x.example/login and enter your password.", S::Password),
    // A host name is no cue, but the request next to it still is one.
    ("host_names_are_no_cues_but_requests_remain_1", "Your account is locked. Go to login.example.com and enter your password.", S::Password),
    // A password reset code is a one-time code; asking for it is asking for a code.
    ("a_password_reset_code_is_a_code_1", "请告诉我你收到的密码重设代码。", S::VerificationCode),
    // A warning about too many attempts in the next clause does not void the request.
    ("attempt_counts_void_only_their_own_clause_1", "请在此链接输入验证码 https://x.example/v ，输错次数过多账户将被冻结。", S::VerificationCode),
    // A new password is no secret, the current one is.
    ("a_new_password_is_no_secret_but_the_current_one_is_1", "Reply with your current password and your new password to keep your mailbox.", S::Password),
    // Issue 12's phrasings: send / forward / furnish your …, a copy of an identity document,
    // "confirm password" without a determiner, bank details, a reset code.
    ("issue12_english_phrasings_1", "Please send your password.", S::Password),
    ("issue12_english_phrasings_2", "Forward your PIN to this number.", S::Pin),
    ("issue12_english_phrasings_3", "Kindly furnish your bank details.", S::BankAccount),
    ("issue12_english_phrasings_4", "Send a copy of your driver's licence.", S::IdNumber),
    ("issue12_english_phrasings_5", "Kindly confirm password to continue.", S::Password),
    ("issue12_english_phrasings_6", "We need you to send your password.", S::Password),
    ("issue12_english_phrasings_7", "Tell me the password reset code we just sent you.", S::VerificationCode),
    // A code in the SMS ("短信中的验证码") did not come by post.
    ("a_code_in_the_sms_is_no_letter", "为了确认是本人操作，请注意短信中的验证码，输入验证码后完成注册。", S::VerificationCode),
    ("issue12_english_phrasings_8", "Please update your security question to keep your account.", S::OtherSecret),
    // Spanish plural imperatives and keying a secret in.
    ("issue12_spanish_phrasings_1", "Confirmen su contraseña.", S::Password),
    ("issue12_spanish_phrasings_2", "Envíen el código.", S::VerificationCode),
    ("issue12_spanish_phrasings_3", "Marque su PIN en el teclado.", S::Pin),
    // 口令 alone is a password (动态口令 is a one-time code).
    ("a_passphrase_is_a_password_1", "把你的口令告诉我", S::Password),
    ("a_passphrase_is_a_password_2", "把动态口令发我", S::VerificationCode),
    // Entering it now under a threat still asks; so does a reset code that holds "password reset".
    // A caller softening the demand still asks (TeleAntiFraud's "你可能需要输入验证码").
    ("a_possibility_is_no_request_but_a_caller_soft_demand_is_5", "点击链接后，你可能需要输入验证码，验证码会发送到你的手机上。", S::VerificationCode),
    ("a_possibility_is_no_request_but_a_threat_is_4", "Enter your password at https://x.example now or your account may be closed.", S::Password),
    ("a_billing_update_is_card_data_1", "Please update your billing information to keep your account.", S::CardNumber),
    // "Don't forget to send me the code" still asks.
    ("forgetting_is_not_managing_when_reminded_1", "别忘了把验证码发给我", S::VerificationCode),
    // Spanish account-lock lures.
    ("spanish_account_lock_lures_1", "Aviso de expiracion de credenciales Office365. Pinche en el siguiente enlace para desbloquear su contraseña: https://sms-link.example/x", S::Password),
    ("spanish_account_lock_lures_2", "Se ha realizado un cargo de 300 EUR en su cuenta. Su cuenta esta bloqueada verifique inmediatamente: https://sms-link.example/x", S::Password),
    // Fake police say "victim" to the reader: no narrative.
    ("issue12_reported_speech_is_third_person_only_1", "您是受害人，需要配合调查，请提供您的银行卡号。", S::CardNumber),
    // A participle blocks only its own cue: the sentence's demand still asks.
    ("a_participle_names_what_was_entered_3", "我们需要您提供一个验证码，这个验证码会发送到您刚才提供的手机号码上。", S::VerificationCode),
];

/// Texts that mention secrets without asking for them (templates, warnings, refusals, own
/// entry, non-secret codes): (case name, text); the scan must report no credential request.
#[rustfmt::skip]
const NOT_REQUESTS: &[(&str, &str)] = &[
    // Words inside a URL (`…/login-actions/…`) are its path, not a request to log in.
    ("words_inside_a_url_are_no_cues_1", "有用户要求修改账户的密码。如是本人操作，请点击下面链接进行重置：https://sso.example.com/realms/demo/login-actions/reset?key=abc"),
    ("words_inside_a_url_are_no_cues_2", "Someone asked to change your account's password. If it was you, click https://sso.example.com/login-actions/reset-password?key=abc to reset it."),
    // A word that is a label of a host name written without a scheme is the service's name.
    ("host_names_are_no_cues_1", "As a reminder, Login.gov will never ask for your login credentials by phone or email. Visit the Login.gov website."),
    ("host_names_are_no_cues_2", "你的个人密钥刚被用来登录你的 Login.gov 账户。如果你不确定，请更改你的密码，登录你的 Login.gov 账户并确保信息你都能认出。"),
    // A code grouped by a hyphen is supplied by the message.
    ("codes_grouped_by_a_hyphen_are_supplied_1", "Your WhatsApp code is 105-876 but you can simply tap on this link to verify your device: v.whatsapp.com/105876"),
    // Choosing a new password on the service's page, and reports of a wrong entry.
    ("a_new_password_is_no_secret_1", "点击下面的链接，然后输入新密码。"),
    ("reports_of_too_many_attempts_ask_for_nothing_1", "你可能输入安全码的次数过多。请等待 10 分钟，然后再试。"),
    ("authentication_is_no_identity_card_1", "按照提示通过重新输入你的身份证实方法来确认你要删除的地址是对的。"),
    ("a_code_listed_below_is_supplied_1", "密碼重設代碼\n您的密碼重設代碼如下所列，請在您已開啟的瀏覽器視窗中輸入。\n\n482913"),
    ("reports_of_a_wrong_entry_ask_for_nothing_1", "你可能输入错误的密码次数过多。请等待 10 分钟，然后再试。"),
    // Entering again in the same form is the screen's own prompt after a wrong entry.
    ("reentry_in_the_same_form_is_the_screens_prompt_1", "拒绝访问：请重新输入密码和/或用户名"),
    ("reentry_in_the_same_form_is_the_screens_prompt_2", "密碼重複輸入不一致"),
    // What was entered or given, named by a participle, and a required field's rule.
    ("a_participle_names_what_was_entered_1", "对不起,您输入的密码错误"),
    ("a_participle_names_what_was_entered_2", "註冊裝置失敗，提供的驗證碼已過期或已被使用"),
    ("a_required_field_states_a_rule_1", "必须填写密码"),
    ("a_required_field_states_a_rule_2", "必須輸入密碼"),
    ("a_mismatch_between_two_entries_asks_for_nothing_1", "两次输入密码不一致!"),
    ("a_mismatch_between_two_entries_asks_for_nothing_2", "密碼輸入不一致。"),
    // A cue with its own object does not borrow the previous sentence's secret.
    ("pronoun_refers_to_previous_sentence_3", "谢谢你，验证码正确。请告诉我你最近购买的商品名称。"),
    // …while a negated list stays negated across its commas.
    ("negations_that_do_not_negate_the_request_7", "Our agents may ask you to confirm the last four digits of your phone number, but never your full card number, your PIN or any passcode."),
    ("more_request_forms_4", "Share your referral code with friends and earn rewards."),
    ("more_request_forms_5", "Do not share this code with anyone."),
    ("more_request_forms_6", "Your Uber code: 1234. Reply STOP to unsubscribe."),
    ("more_request_forms_7", "G-482913 is your Google verification code."),
    ("more_request_forms_8", "Use 123456 as your login code for Acme. Don't share it."),
    ("own_account_help_is_not_a_request_1", "How do I reset my password? Can you tell me?"),
    ("own_account_help_is_not_a_request_2", "我的密码忘了，怎么找回？你能告诉我吗？"),
    ("own_account_help_is_not_a_request_3", "Can you send me the wifi password for the guest network?"),
    ("otp_sms_templates_are_not_requests_1", "【星河银行】您的验证码为385921，5分钟内有效。验证码仅用于本人登录，请勿泄露给他人，工作人员不会向您索取。"),
    ("otp_sms_templates_are_not_requests_2", "验证码 482913，请勿泄露"),
    ("otp_sms_templates_are_not_requests_3", "【晨星銀行】您的驗證碼為204857，請勿將驗證碼告知他人。"),
    ("otp_sms_templates_are_not_requests_4", "Your Acme Bank verification code is 482913. Never share this code - we will never call you to ask for it."),
    ("otp_sms_templates_are_not_requests_5", "WalletPay: 203948 is your login code. Don't share it with anyone."),
    ("otp_sms_templates_are_not_requests_6", "Banco Solaris: su código de verificación es 582017. No lo comparta con nadie."),
    ("warnings_refusals_questions_are_not_requests_1", "我们不会以任何理由索要您的密码或短信验证码。"),
    ("warnings_refusals_questions_are_not_requests_2", "凡是索要验证码的都是诈骗。"),
    ("warnings_refusals_questions_are_not_requests_3", "We will never ask for your code."),
    ("warnings_refusals_questions_are_not_requests_4", "Bank staff will never ask you to read out a verification code."),
    ("warnings_refusals_questions_are_not_requests_5", "我不会告诉你验证码的。"),
    ("warnings_refusals_questions_are_not_requests_6", "No, I won't read out that code."),
    ("warnings_refusals_questions_are_not_requests_7", "I reset my password and now I can't log in, can you help?"),
    ("warnings_refusals_questions_are_not_requests_8", "忘记支付密码的话，在APP里点“忘记密码”重置即可。"),
    ("warnings_refusals_questions_are_not_requests_9", "他让我把验证码填到他发的网页里，这正常吗？"),
    ("warnings_refusals_questions_are_not_requests_10", "Nunca le pediremos su contraseña."),
    ("own_entry_and_non_secret_codes_are_not_requests_1", "请在APP页面输入收到的验证码完成登录。"),
    ("own_entry_and_non_secret_codes_are_not_requests_2", "Enter the code you received on this screen to finish signing in."),
    ("own_entry_and_non_secret_codes_are_not_requests_3", "Show code 4821 at the counter to get your free coffee."),
    ("own_entry_and_non_secret_codes_are_not_requests_4", "下载后注册时填我的邀请码123456，可以多领一张优惠券。"),
    ("own_entry_and_non_secret_codes_are_not_requests_5", "Use promo code SPRING10 at checkout and tell me if it works."),
    ("own_entry_and_non_secret_codes_are_not_requests_6", "点击进去，输入验证码一六八六八六，就可以看到你的贷款额度了。"),
    // Not in English text, and not inside longer tokens.
    ("folding_pinyin_initials_5", "Tell me the size in mm please"),
    ("folding_pinyin_initials_6", "yzm千万别发给陌生人"),
    ("folding_hard_negatives_stay_negative_1", "验 证 码 请 勿 泄 露 给 他 人 。"),
    ("folding_hard_negatives_stay_negative_2", "Please don't share your passw0rd or c0de with anyone who calls you."),
    ("folding_hard_negatives_stay_negative_3", "No compartas tu c0digo con nadie."),
    // The speaker as the subject of a handing verb hands it over; a password reset is the
    // service's flow (Weblate's reset mail).
    ("issue12_the_speaker_hands_over_1", "We'll send your verification code by SMS."),
    ("issue12_the_speaker_hands_over_2", "We will provide your password once the account is set up."),
    ("issue12_security_questions_on_an_official_page_1", "You can update your security questions in your account settings."),
    ("issue12_a_password_reset_is_no_password_1", "Please click the button below. Confirm password reset https://weblate.example.com/accounts/complete/email/?verification_code=5f2c9a0e"),
    // A code-first OTP template supplies the code ("482913为您的登录验证码").
    ("issue12_code_first_templates_1", "482913为您的登录验证码，请于2分钟内填写。"),
    ("issue12_code_first_templates_2", "482913是您的验证码，请勿告诉他人。"),
    ("issue12_code_first_templates_3", "尊敬的用户：482913 为您的动态验证码，请于30分钟内填写，请勿向任何人提供此验证码。"),
    // The code that follows is the message's own (Mastodon's Spanish sign-in-token mail).
    ("the_following_code_is_supplied_1", "Si has sido tú, por favor ingresa el siguiente código de seguridad en la página del desafío:\n482913"),
    // Open-source code is no code; forgetting or not remembering one's password manages it.
    ("a_code_repository_is_no_code_1", "Download the code repository as a .zip file and upload it below."),
    ("open_source_code_is_no_code_1", "Se le ha invitado a utilizar esta dirección en Monica, un CRM personal de código abierto. Verifique este correo https://monica.example.com/verify/5f2c"),
    // A value on the line after a colon is supplied ("请输入以下验证码：⏎   482913", GNU Mailman's
    // "口令是：⏎⏎	Tq7m-Wz4k-Rb9x").
    ("a_value_on_the_next_line_is_supplied_1", "如有提示，請輸入以下驗證碼：\n   482913\n如果您忘記了，您的登入名稱是：alice。"),
    ("a_value_on_the_next_line_is_supplied_2", "您的邮件列表口令是：\n\n\tTq7m-Wz4k-Rb9x\n\n管理或配置此邮件列表时您都将需要此口令。"),
    // What the reader may be asked is a description ("可能会被要求", "may be asked to").
    ("a_possibility_is_no_request_2", "7. 你可能会被要求输入与你政府雇员 ID关联的个人识别号码（PIN）。"),
    ("a_possibility_is_no_request_3", "You may need to enter your password again at https://x.example/account."),
    // A billing address is an address.
    ("a_billing_address_is_no_card_1", "For inquiries or to update your billing address please call BDO Contact Center."),
    ("forgetting_a_password_manages_it_1", "点击下面的链接立即选择一个密码。如果你不记得你的密码，在通过邮件地址登录时选择“我忘记了密码”。"),
    ("forgetting_a_password_manages_it_2", "點擊下面的連結，立即設定你的密碼。(如果連結已經過期，到登入頁面以你的 email 登入 ，再選擇「我忘了我的密碼」即可)"),
    // A code the sender itself sent is entered in its own flow.
    ("a_code_the_sender_sent_is_entered_in_its_flow", "Please enter the verification code we've sent you on 3 May."),
    // So is a code that came by post, in the sender's letter.
    ("a_code_by_letter_is_entered_in_the_senders_flow_1", "Sign back in and enter the verification code when your letter arrives."),
    ("a_code_by_letter_is_entered_in_the_senders_flow_2", "Cuando reciba su carta, vuelva a iniciar sesión e ingrese el código de verificación."),
    ("a_code_by_letter_is_entered_in_the_senders_flow_3", "收到信件后请再登录并输入其中的验证码。"),
    // A password reset or change is the act, and new credentials are the reader's own.
    ("a_reset_or_new_credentials_are_no_secret_asked_1", "如果您没有申请密码重置，请忽略此邮件或回复邮件告知我们。"),
    ("a_reset_or_new_credentials_are_no_secret_asked_2", "请在 24 小时内将以下链接复制并粘贴到您的网络浏览器中，以使用您的新用户名和密码登录："),
    ("a_reset_or_new_credentials_are_no_secret_asked_3", "Para confirmar este cambio de contraseña debe iniciar sesión con su nuevas credenciales."),
    // What attackers need is a description of the threat.
    ("attackers_needs_are_a_description", "设置双因素身份验证，以便攻击者不仅仅需要您的密码才能登录。"),
    ("forgetting_a_password_manages_it_3", "Haz clic en el siguiente enlace para elegir una contraseña. (Si el enlace ha caducado, utiliza «olvidé mi contraseña» cuando vayas a iniciar sesión.)"),
    // Reported speech in case write-ups.
    ("issue12_reported_speech_1", "对方称需要王女士提供验证码才能办理退款。"),
    ("issue12_reported_speech_2", "歹徒誆稱需要提供驗證碼才能解除分期付款。"),
    ("issue12_reported_speech_3", "嫌疑人让事主报出验证码。"),
    // A form's field names and the service's own reset flow.
    ("form_confirm_password_field", "Password and confirm password are not same."),
    ("reset_link_zh_hant", "輸入您的電子郵件，我們將向您發送密碼重設連結。"),
    ("lockout_for_failures_en", "Your account has been locked due to a large number of authentication failures.\n\nYou can unblock it by clicking on this link https://vault.example.com/index.php?action=reset"),
    ("lockout_for_failures_es", "Su cuenta ha sido bloqueada debido a un gran número de fallos de autenticación.\n\nPuede desbloquearla haciendo clic en este enlace https://vault.example.com/index.php?action=reset"),
    ("lockout_for_attempts_en", "Your account has been locked due to too many failed attempts. You can unlock it at this link https://x.example"),
    ("a_password_to_choose", "No password detected. Please enter a password."),
    ("a_password_to_choose_es", "Como usuario registrado, tienes que proporcionar tu nombre de usuario y una contraseña, con el fin de poder iniciar sesión."),
    ("authenticator_device_zh", "您输入的密码器代码无效，请核对。"),
    ("check_again_zh", "无效密码，请再次核对。"),
    ("log_out_and_back_in_es", "Los datos cargados no están sincronizados. Cierre sesión y vuelva a iniciar sesión para actualizar sus datos."),
    ("password_field_above", "Please enter your password above and confirm your registration by tapping the button on your USB device."),
    ("password_field_above_es", "Ingrese su contraseña arriba y confirme su registro tocando el botón en su dispositivo USB."),
    ("updated_password_zh", "您已经使用此链接更新了密码的话，如果您想再次更改密码，单击登录页面上的“忘记密码”链接。"),
];

/// Every request case, reporting all failing cases by name (not just the first).
#[test]
fn request_cases() {
    let failures: Vec<String> = REQUESTS
        .iter()
        .filter_map(|&(name, text, kind)| {
            let got = secrets(text);
            (!got.contains(&kind))
                .then(|| format!("{name}: expected {kind:?} in {got:?} for {text:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} request cases failed:\n{}",
        failures.len(),
        REQUESTS.len(),
        failures.join("\n")
    );
}

/// Every no-request case, reporting all failing cases by name (not just the first).
#[test]
fn not_request_cases() {
    let failures: Vec<String> = NOT_REQUESTS
        .iter()
        .filter_map(|&(name, text)| {
            let got: Vec<Indicator> = scan(text)
                .into_iter()
                .filter(|i| i.kind == K::CredentialRequest)
                .collect();
            (!got.is_empty()).then(|| format!("{name}: unexpected request in {text:?}: {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} no-request cases failed:\n{}",
        failures.len(),
        NOT_REQUESTS.len(),
        failures.join("\n")
    );
}

/// Case names are unique, so a failure report points at one case.
#[test]
fn case_names_are_unique() {
    let mut names: Vec<&str> = REQUESTS
        .iter()
        .map(|c| c.0)
        .chain(NOT_REQUESTS.iter().map(|c| c.0))
        .collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n, "duplicate case names");
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
    // The message's own link or code lapsing is no threat, so a log-in link notice is no lure;
    // the reader's points or account expiring still is.
    assert!(!kinds("点击下方链接以登录。此链接将在 24 小时后过期。").contains(&K::UrgencyOrThreat));
    assert!(!requests("點擊下方連結以登入。 此連結將在 24 小時後過期。\n\n登入: https://chat.example.com/accounts/do_confirm/5f2c"));
    assert!(kinds("您的积分即将过期，请尽快兑换。").contains(&K::UrgencyOrThreat));
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
        scan(t)
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

// ---------- e-mail and SMS link lures (issue 12) ----------

#[test]
fn payment_details_to_update_are_card_data() {
    for text in [
        "Your account will be suspended! Please update your payment details using the link below.",
        // A payment that did not go through, then information to confirm on a link: the card's page.
        "NETFLIX: We were unable to charge your last payment, please confirm your information within 24 hours. Go to: https://sms-link.example/x",
        "NETFLIX: Su pago reciente no fue confirmado, por favor confirme su información dentro de 24 horas. Ir a https://sms-link.example/x",
        // A membership to update, billing to revise: the same page.
        "Your payment is declined. Revise your billing method below: https://sms-link.example/x",
        "Netflix: Please update your membership with us to continue watching.",
        // Spanish: a subscription's refused payment, then the payment method to update on a link.
        "Se ha rechazado el pago de tu cuenta Spotify, actualiza tu forma de pago aquí: https://sms-link.example/x",
        "Tenemos problemas con tu facturación, es necesario actualizar tu información de pago ahora https://sms-link.example/x",
        // The alarm's own "can't" negates nothing; a bill that did not go through is the same.
        "We can't process your current payment. Visit https://sms-link.example/x",
        "We couldn't process your latest bill. To avoid extra charges, update your information via: https://sms-link.example/x",
    ] {
        assert_eq!(secrets(text), vec![S::CardNumber], "{text}");
    }
    assert_eq!(
        secrets("If you don't update your card information within 24 hours, your membership ends."),
        vec![S::CardNumber],
        "a conditional threat does not negate the demand"
    );
    for text in [
        // Updating them oneself in the settings is no request.
        "You can update your payment details at any time in Settings.",
        "Puedes actualizar tu forma de pago en cualquier momento desde Ajustes.",
        // A refused payment with nothing to update or confirm.
        "We were unable to process your payment. Please contact your bank.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_bare_send_with_a_list_of_data_asks_for_them() {
    // A prize claim's list: "No" abbreviates "number" there, it negates nothing.
    assert_eq!(
        secrets("YOU HAVE WON RS 3.5CRORE. TO GET FUND SEND NAME,MOBILE NO,ADD,AGE,JOB,BANK DETAILS TO: user@example.com"),
        vec![S::BankAccount]
    );
    assert_eq!(
        secrets("Award: Send Name A/c No. Ifsc Code Phone No Branch Address"),
        vec![S::BankAccount]
    );
    assert_eq!(
        secrets("Send credit card and CVV number to prove your identity ASAP!"),
        vec![S::Cvv]
    );
    // A list's head, then its fields one per line: the fields are asked for.
    assert_eq!(
        secrets("Please reply with the following information for UIF to issue your Payment,\nID NUMBER:\nNAME OF BANK:\nSTILL UNEMPLOYED:"),
        vec![S::IdNumber]
    );
    assert_eq!(
        secrets("From Reserve Bank\nSend Your Name\nAddress\nMob No\nBank Name\nAcct No\nAge"),
        vec![S::BankAccount]
    );
    // A refusal heads no list; a long line after the head ends it.
    assert!(!requests(
        "Never reply with the following:\nYour PIN\nYour password"
    ));
    assert!(!requests(
        "Send us your feedback:\nWe will never ask you for your password or your PIN by e-mail."
    ));
    // The speaker sending, a short code to send to, a refusal: no request.
    assert!(!requests(
        "We will send the verification code to your phone."
    ));
    assert!(!requests(
        "To get the results, send index number to short code 22141."
    ));
    assert!(!requests("Never send your bank details to anyone."));
}

#[test]
fn wallet_secrets_have_kinds_of_their_own() {
    assert_eq!(
        secrets("Please verify your recovery phrase on the page below."),
        vec![S::SeedPhrase]
    );
    assert_eq!(
        secrets("All unverified wallets will be suspended. Verify your wallet now."),
        vec![S::SeedPhrase]
    );
    assert_eq!(
        secrets("Paste your wallet's private key into the form I sent."),
        vec![S::PrivateKey]
    );
    assert_eq!(secrets("把你的钱包私钥发给我"), vec![S::PrivateKey]);
    // Security answers stay other secrets.
    assert_eq!(
        secrets("Tell me the answer to your security question."),
        vec![S::OtherSecret]
    );
    // A warning that names the phrase asks for nothing.
    assert!(!requests("We will never ask for your recovery phrase."));
    // Backing it up on the sender's page hands it over ("Backup your recovery seed").
    assert_eq!(
        secrets("Quick action needed: Verify & Restore. Backup your recovery seed. Restore Now"),
        vec![S::SeedPhrase]
    );
    assert!(!requests(
        "Never back up your recovery phrase online or share it."
    ));
}

#[test]
fn logging_in_again_to_avoid_closure_asks_for_the_password() {
    assert_eq!(
        secrets("Re-login your account now to avoid closure."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Your password expires today. Click here to keep the same password."),
        vec![S::Password]
    );
    // A demand on the account itself after a threat in the sentence before.
    assert_eq!(
        secrets("Access to your mailbox will be restricted. Confirm account now."),
        vec![S::Password]
    );
    // A bare log-in after a threat is not (a "login page" or "a name to log in with").
    assert!(!requests(
        "Access to your mailbox will be restricted. A name to log in across Web3."
    ));
    // Nor is the demand without a threat (a sign-up mail).
    assert!(!requests("Welcome aboard. Confirm your email address."));
    // An account listed for closure is a threat.
    assert_eq!(
        secrets(
            "Your E-Account has been listed for closure. Please restore your account status below."
        ),
        vec![S::Password]
    );
    // So are keeping it "from being deactivated" and disabled access.
    assert_eq!(
        secrets("Please confirm your email address to keep your account from being deactivated."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("We have disabled your Online Access. You need to re-verify your account with us."),
        vec![S::Password]
    );
    // A log-in whose object is the account, after a threat in the sentence before.
    assert_eq!(
        secrets("There is a problem with your account that requires your immediate attention. Please log in to your Venmo account to resolve the issue."),
        vec![S::Password]
    );
    // SMS account-lock lures: the account's state is the threat, restoring it the log-in.
    assert_eq!(
        secrets("Wells Fargo Bank: Account blocked due to suspicious fraud attempts. Click https://sms-link.example/x to reactivate account."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Your Amazon Account has been locked. We recently received multiple failed login attempts to your account. Recover your account immediately click link bellow"),
        vec![S::Password]
    );
    // The card, its access or the reader's details are what the lure restores, after a threat
    // in the sentence before ("placed on hold", "we have locked your …").
    assert_eq!(
        secrets("Your card has been placed on hold due to unusual activity. Regain access at https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("We have locked your online banking due to a fraud attempt. Please update your details at https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Your Netflix membership is on hold. To restore it, please follow the link below."),
        vec![S::Password]
    );
    // Holds and lock-outs the lure threatens to avoid, and the verification it asks for there.
    assert_eq!(
        secrets("DEMO ALERT Your Demo Account is on-hold due to security purposes kindly verify here: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Please confirm your current information to avoid account suspension: https://sms-link.example/x"),
        vec![S::Password]
    );
    // Verification demanded under a threat ("has been compromised and requires verification").
    assert_eq!(
        secrets("Your account has been temporarily locked, please verify your identity at the following link: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert!(!requests(
        "You requested a letter with a code. Sign in and verify your identity once it arrives."
    ));
    // Unusual activity is the alarm a log-in lure opens with; a call-back asks for no log-in.
    assert_eq!(
        secrets("We have identified unusual activity on your account. Please log in via this link to secure your account."),
        vec![S::Password]
    );
    assert!(!requests(
        "We have noticed suspicious activity on your account and had to suspend it. Contact us within 24 hours to confirm your details."
    ));
    // A code the sender says it sent is still asked for on a page the message links to, or
    // read out to the caller (entered in the sender's own flow it is not: see the table).
    assert_eq!(
        secrets("Enter the verification code we sent you at this link: https://sms-link.example/x"),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("Please read me the code we sent you."),
        vec![S::VerificationCode]
    );
    // Spanish: a condition ("si no reconoce…") negates nothing, and neither does a threat that
    // contains "no" ("no podrá utilizar su cuenta"). (A charge to verify asks for nothing: see
    // `a_charge_to_verify_asks_for_nothing`.)
    assert_eq!(
        secrets("Se ha detectado un acceso a su cuenta online. Si no reconoce este acceso verifique inmediatamente: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Banco Demo: desde el 3 de mayo no podrá utilizar su cuenta. Tiene que activar el nuevo sistema de seguridad en el siguiente enlace."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Sus tarjetas están bloqueadas. Para recuperar el acceso a su área: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Estimado cliente: a partir del lunes no podrá utilizar su cuenta. Hasta que actualice el nuevo sistema de seguridad: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Por su seguridad hemos bloqueado el acceso a sus productos, actívelos confirmando sus datos aquí: https://sms-link.example/x"),
        vec![S::Password]
    );
    // Spanish alarms: unauthorised or unusual access, a limited card; "no autorizado" negates
    // nothing after it.
    assert_eq!(
        secrets("INFO Banco Demo: acceso no autorizado en su cuenta online. Si no reconoce este acceso verifique inmediatamente en este enlace seguro: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Estimado cliente. Hemos limitado la cuenta por un acceso inusual. Verifica tus datos con urgencia: https://sms-link.example/x"),
        vec![S::Password]
    );
    // Spanish holds ("ha sido deshabilitada", "uso indebido") and where the lure sends the
    // reader ("acceda"); a service's own sign-in alert names no threat.
    assert_eq!(
        secrets("Estimado cliente: Su cuenta ha sido deshabilitada por seguridad. Acceda desde: https://sms-link.example/x"),
        vec![S::Password]
    );
    assert!(!requests(
        "Hemos detectado un nuevo inicio de sesión en tu cuenta desde un nuevo dispositivo. Si no fuiste tú, cambia tu contraseña."
    ));
    // Moodle's own lock-out mail in Spanish ends with "para desbloquear la cuenta … pulse en el
    // siguiente enlace": no demand.
    assert!(!requests(
        "Su cuenta ha sido bloqueada tras múltiples intentos de acceso no válidos. Para desbloquear la cuenta de forma inmediata pulse en el siguiente enlace."
    ));
    // A real negation still negates ("no le pediremos que verifique…").
    assert!(!requests(
        "Nunca le pediremos que inicie sesión desde un enlace: si duda, llame a su oficina."
    ));
    // Restoring needs no named object after a threat ("To restore, follow the instructions"),
    // unless the object is something else (the parcel: "reactivate it").
    assert_eq!(
        secrets("Your account has been placed on hold. To restore follow the instructions below."),
        vec![S::Password]
    );
    assert!(!requests(
        "Your package has the wrong forwarding address and has been temporarily suspended. Please reply and take steps to reactivate it."
    ));
    // A service's own reactivation mail names no threat ("has been deactivated" is none), and
    // "to unlock the account" is how a lock-out mail ends: neither is a demand.
    assert!(!requests(
        "Your account on Demo Forum has been deactivated. In order to reactivate your account you must click on the link below."
    ));
    assert!(!requests(
        "Your account was locked out after multiple invalid login attempts. To unlock the account immediately, please click the link below."
    ));
    // The speaker's own verification is no demand ("until we can further verify your account").
    assert!(!requests(
        "For security reasons, buying has been restricted, until we can further verify your account."
    ));
    // Help text about losing access is not ("lose access" is no threat term).
    assert!(!requests(
        "If you lose access to your authenticator app, sign in with a backup code."
    ));
    // A URL written out is where a Latin log-in under a threat in the sentences before happens,
    // with no account named ("Kindly verify here https://…", "Click link below"); not without
    // the URL, not for a delivery ("follow the link to track your order"), and not for the
    // sender's own lock-out mail, whose "click the link" is no log-in cue.
    assert_eq!(
        secrets("Your account is temporarily on-hold due to security purposes. Kindly verify here https://sms-link.example/x"),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Due to unusual activity your card has been placed on hold. Click link below: https://sms-link.example/x"),
        vec![S::Password]
    );
    // More states and threats ("is locked", "to avoid deactivation", "evite el bloqueo") and
    // demands after them ("restore your access", "Accede:", "verify your credentials").
    for text in [
        "Your account is locked. Please follow the prompts at https://sms-link.example/x or contact support to restore your access.",
        "Santander: por motivos de seguridad solicitamos que evite el bloqueo de su acceso. Accede: https://sms-link.example/x",
        "Westpac Alert: We need to verify your credentials: https://sms-link.example/x",
        "Your NAB account has been temporarily blocked for unusual activity. Please confirm your device at: https://sms-link.example/x",
        "Kindly validate your Luno account to avoid termination. To validate click: https://sms-link.example/x",
        "Paypal: Your account is limited due to a failed payment request. Please login at https://sms-link.example/x to remove the restriction.",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
    assert!(!requests(
        "Your account is locked after too many attempts. It unlocks by itself in 30 minutes."
    ));
    // Logging on is logging in.
    assert_eq!(
        secrets("EIR: Your Mobile SIM Contract will be disabled, due to failure to accept our new Terms of Service. Log on: https://sms-link.example/x to accept."),
        vec![S::Password]
    );
    for text in [
        "Log on to your dashboard at https://app.example.com to see this week's report.",
        "Your order is on hold. Follow the link to track it: https://sms-link.example/x",
        "Your account was locked out after multiple invalid login attempts. To unlock the account immediately, please click the link below: https://moodle.example.edu/login/confirm.php",
        "您的账户已被冻结。请登录 https://sms-link.example/x 查看详情。",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn an_account_under_threat_with_a_link_asks_for_the_password() {
    // The account (or card) locked, suspended, restricted or on hold, and a URL in the same or
    // a next sentence, with no log-in cue: the page behind the link asks for the password. The span
    // is the alarm, or the URL after one.
    for text in [
        "Account temporarily locked. Visit https://sms-link.example/x",
        "Your account has been restricted, v isit https://sms-link.example/x",
        "We've suspend your Amazon account due to unusual activity. More info: https://sms-link.example/x",
        "Acc Frozen TO UNLOCK GO = https://sms-link.example/x?USBANK",
        "Your Bank of America profile has been temporarily blocked. https://sms-link.example/x",
        // "not updated" is the alarm itself, and negates nothing after it.
        "Your Nedbank Account Is Not Updated On The Server & Account Will Be Blocked. Tap https://sms-link.example/x To Update",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
    // In Spanish only with a vague security cause: services' own notices of a block say the
    // same without one.
    for text in [
        "\"Santander-ES\": Usuario deshabilitado por razones de seguridad. https://sms-link.example/x activar ahora",
        "Davivienda le informa que debido a un movimiento inusual sus productos fueron bloqueados. Ingrese: https://sms-link.example/x",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
    assert_eq!(
        secrets("SANTANDER: Por motivos de seguridad bloqueamos tu Tarjeta de Credito. Acceda para activar: https://sms-link.example/x"),
        vec![S::CardNumber]
    );
    assert!(!requests(
        "Tu cuenta fue bloqueada por bob. Motivo: spam. Más información: https://decidim.example.org/terms"
    ));
    // A wallet's page asks for its recovery phrase; a hold placed on the account is its state.
    assert_eq!(
        secrets("Your wallet is on hold due to suspicious activity please visit: https://sms-link.example/x for more options."),
        vec![S::SeedPhrase]
    );
    assert_eq!(
        secrets("C.H.A.S.E. : There has been an internal review and have placed a hold on acct. Visit, https://sms-link.example/x"),
        vec![S::Password]
    );
    // A card's page asks for its number.
    assert_eq!(
        secrets("Your debit card has been restricted due to suspicious activity. Please visit: https://sms-link.example/x"),
        vec![S::CardNumber]
    );
    let found = scan("Account temporarily locked. Visit https://sms-link.example/x");
    let req = found
        .iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(req.excerpt, "https://sms-link.example/x");
    let found = scan("Your account has been restricted, visit https://sms-link.example/x");
    let req = found
        .iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(req.excerpt, "account has been restricted");
    for text in [
        // No URL, a negated state, someone else's account, a lock-out after failed sign-ins,
        // a delivery on hold, a state the service reports of its own settings.
        "Your account has been locked due to unusual activity. Call us at the number on your card.",
        "Your account is not locked. See https://bank.example.com/help",
        "The Arlo plugin has suspended a user account while merging contacts. Please review user profile https://moodle.example.edu/user/edit.php?id=42",
        "Your account was locked out after multiple invalid login attempts. To unlock it, click https://moodle.example.edu/login/unlock.php",
        "Your package is on hold. Visit https://sms-link.example/x to reschedule.",
        "Your account on Demo Forum has been deactivated. Reactivate it at https://forum.example.com/ucp.php",
        // A warning that describes the lure.
        "Never click a link in a text that says your account is locked: https://bank.example.com/security",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_threat_to_avoid_is_an_account_alarm() {
    // "Avoid the suspension" threatens the account without naming its state: with a URL (or a
    // link the message points to), the page asks for the password; for a wallet named in the
    // sentence, its recovery phrase.
    for text in [
        "Please verify your account to avoid any restrictions: https://sms-link.example/x",
        "Banco Santander: Ponemos su tarjeta en espera! Por favor, siga https://sms-link.example/x para evitar la SUSPENSION!",
        "Revolut: An unusual login attempt from a different device has been detected. To avoid service restrictions please visit: https://sms-link.example/x",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
    // Trouble with the billing threatens the card, whose number the page asks for; the link
    // may come in a later sentence, spelt out or only pointed to.
    for text in [
        "(We have trouble with your billing information, Please Update https://sms-link.example/x ~) 25LZ",
        "Your Netflix membership is on hold. We're having some trouble with your current billing information.  To using your account as normally, please follow the instructions by click on link below :",
    ] {
        assert_eq!(secrets(text), vec![S::CardNumber], "{text}");
    }
    assert_eq!(
        secrets("Your LUNO wallet requires an urgent upgrade to halt termination. TAP--> https://sms-link.example/x"),
        vec![S::SeedPhrase]
    );
    // A block threatened or to be lifted is the same threat.
    for text in [
        "BOI: We have noticed unusual activity on your account. To prevent a block being placed please visit: https://sms-link.example/x",
        "PayPal: We have put a temporary block on your services due to security reasons. Visit: https://sms-link.example/x to remove the current pending block",
        "WARNING: FAILURE TO VERIFY YOUR INTERNET BANKING WILL LEAD BLOCKING OF ONLINE ACCESS TAP https://sms-link.example/x TO UPDATE.",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
    assert_eq!(
        secrets("Failure To Verify Your Wallet On The SSL Server Will Lead To Blocking. Tap-> https://sms-link.example/x To Update."),
        vec![S::SeedPhrase]
    );
    let found =
        scan("Please verify your account to avoid any restrictions: https://sms-link.example/x");
    let req = found
        .iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(req.excerpt, "verify your account");
    for text in [
        // No link, advice that names the secret, a warning about the lure.
        "To avoid suspension of your library card, return your books on time.",
        "We had trouble with your billing address. Reply to this e-mail if you have questions.",
        "To remove the block on your card, call the number on its back.",
        "Para evitar el bloqueo de su cuenta, nunca comparta su clave. Más consejos: https://banco.example.com/seguridad",
        "Si recibe un SMS que le pide evitar la suspensión de su cuenta en un enlace, es una estafa.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_card_the_reader_will_not_be_able_to_use_is_a_threat() {
    // "No podrá utilizar su tarjeta" threatens what it names: restoring it (the "new security
    // system" the lure sends to, a link) is a request, said in either person or language.
    for text in [
        "A partir del 24/09 no podrá utilizar su tarjeta. Tiene que activar el nuevo sistema de seguridad web desde: https://sms-link.example/x",
        "Santander: No podras utilizar su cuenta. Tienes que activar la nueva sistema de seguridad",
        "Notificación de BBVA: No se puede utilizar su Tarjeta Débito. tiene que activar el nuevo sistema de seguridad web :",
        "From Monday you will not be able to use your card. You must reactivate it from: https://sms-link.example/x",
    ] {
        assert!(requests(text), "{text}");
    }
    // With nothing else said, the threat's link asks for what it names.
    assert_eq!(
        secrets("No podrá utilizar su tarjeta: https://sms-link.example/x"),
        vec![S::CardNumber]
    );
    // Disabled or closed for a vague security cause is an alarm too ("preventivamente" is one);
    // without a cause it is a report of what someone did.
    for text in [
        "Your Online Banking has been disabled for security reasons. Please authenticate at https://sms-link.example/x to unlock.",
        "Your EDD Card has been Closed Due To Fraudulent Transactions Made To Your Account. Login to ensure safety at : https://sms-link.example/x",
        "\"Santander-ES\": Se ha bloqueado preventivamente su usuario https://sms-link.example/x activar ahora",
    ] {
        assert!(requests(text), "{text}");
    }
    for text in [
        "Your card was deactivated when your new one arrived. See https://example.com/cards for more.",
        "Your account has been closed as you asked. Visit https://example.com to open a new one.",
        // Nothing to restore and nowhere to go: a notice.
        "Su tarjeta caduca el mes que viene; no podrá utilizar su tarjeta antigua cuando reciba la nueva.",
        "You will not be able to use your old card after 30 June. Your new card is in the post.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn following_a_refund_link_asks_for_nothing_named() {
    // A refund lure's link is the claim: following it names nothing to give (labelled as asking
    // nothing). Logging in to claim it, or following a link after a threat, still is a request.
    for text in [
        "You have a pending tax refund for 265.84GBP to proceed please follow the link below.",
        "DVLA:\nYou still have an outstanding vehicle tax reimbursement of 63.97 GBP. Follow the link.",
    ] {
        assert!(!requests(text), "{text}");
    }
    for text in [
        "You have a pending tax refund. Log in to your account to claim it: https://sms-link.example/x",
        "Your refund is on hold and your account will be suspended today. Follow the link: https://sms-link.example/x",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn an_account_alarm_points_to_a_link_or_asks_to_restore() {
    // A link the message points to without spelling it ("the link below", "entre aquí") is a
    // link for the alarm; after an alarm, a demand to restore the account is a request even
    // with no link at all.
    for text in [
        "Your EDD Unemployment Claim account is currently on hold for verification, Please complete your verification by following the instructions in the link below.",
        "Se ha detectado un inicio de sesion inusual su cuenta esta bloqueada. Para desbloquear entre aqui:",
        "Banco Santander: Por motivos de seguridad hemos bloqueado tu Tarjeta Santander. Valide sus datos para activar nuevamente tu Tarjeta:",
        // An adjective with "no" ("no habitual") negates nothing after it.
        "Se ha iniciado sesion desde un dispositivo no habitual siga los pasos aqui: https://sms-link.example/x",
        // Nor does a threat or a report with "no" in it ("No puede utilizar su Tarjeta", "No ha
        // aceptado los nuevos términos").
        "Notificación de ING: No puede utilizar su Tarjeta. Tienes que activar el nuevo sistema de seguridad web: https://sms-link.example/x",
        "No ha aceptado los nuevos términos de seguridad online por lo que hemos limitado su tarjeta temporalmente. Para reactivar siga el siguiente enlace https://sms-link.example/x",
        // An access the reader does not recognise is the threat (unlike a charge: see
        // `a_charge_to_verify_asks_for_nothing`).
        "AVISO: Un equipo no autorizado esta conectado a su cuenta online. Si no reconoce este acceso verifique mediante: https://sms-link.example/x",
        // After the alarm any log-in cue restores the account, with no link or threat of its
        // own ("Kindly verify here").
        "GCash: Your Gcash account is temporarily on-hold due to security purposes. Kindly verify here",
        "SuperLinea: Evite la suspensión.\nAcceder:",
        "Unusual device has been detected. We've temporarily locked your account. Verify now",
        "We have placed your account on hold. Please confirm your account.",
        "Santander: Nuevo acceso desde dispositivo desconocido, si no reconoce este dispositivo valide ahora: https://sms-link.example/x",
        "Retencion en su banca online, visite https://sms-link.example/x para evitar suspensiones adicionales.",
        "Lamentamos informarle que su cuenta ha sido desactivada por su seguridad. Complete la siguiente verificación: https://sms-link.example/x",
    ] {
        assert!(requests(text), "{text}");
    }
    // A sign-in the reader did not make is an access alert's alarm; its "login" is no cue.
    let found = scan(
        "We have noticed an unusual login attempt. If this was not you please visit: https://sms-link.example/x",
    );
    let req = found
        .iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(req.excerpt, "https://sms-link.example/x");
    assert!(!requests(
        "We blocked an unusual login attempt to your account. No action is needed."
    ));
    // With no link at hand, restoring on a call is no log-in ("to Re-activate kindly call
    // customer care", "update your details to active it Helpline: …").
    for text in [
        "ATM BLOCKED: Dear customer, Your Account and ATM CARD has just been Blocked to Re-activate kindly call customer care on 0800 100 100",
        "Dear user your Debit/Credit Card has been temporarily suspended due to suspicious transaction please update your details to active it Helpline: +1 555 0100",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert!(requests(
        "Your card has been suspended due to suspicious transactions. Please update your details to activate it: https://sms-link.example/x Helpline: +1 555 0100"
    ));
    // A log-in named as an event after an alarm is no cue either.
    assert!(!requests(
        "Access to your Amazon account Limited due to unusual activity. Login blocked from : +1 555 0100 - New..."
    ));
    // Securing or re-activating the account at a link under a threat is logging in.
    for text in [
        "From Wells Fargo Fraud Alert: We detected Unusual activity on your WF account. To secure your account from unusual activity click the link: https://sms-link.example/x",
        "Dear Valued Sub-scriber!!Your BTC Wal-let account has been disabled.  TAP--> https://sms-link.example/x and follow the prompt to enable and secure your account",
    ] {
        assert!(requests(text), "{text}");
    }
    for text in [
        "Your account has been locked due to unusual activity. Call us at the number on your card.",
        "Tu cuenta fue bloqueada por bob. Motivo: spam. Haz clic en el siguiente enlace para leer las normas.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn identity_documents_are_id_numbers() {
    assert_eq!(
        secrets("To unlock your account, send us a copy of your passport."),
        vec![S::IdNumber]
    );
    assert_eq!(
        secrets("Please upload a valid government-issued ID to continue."),
        vec![S::IdNumber]
    );
}

#[test]
fn supplied_codes_and_logins_are_not_requests() {
    for text in [
        // The code is the message's own, and so is the log-in link.
        "Telegram code: 88702 You can also tap on this link to log in: https://t.me/login/88702",
        "To verify your account, enter this code in TikTok: 2548623521",
        // A letters-and-digits or quoted value supplies the secret.
        "Please login with the details below. Customer ID: 61363414 Password: bx5vbi99",
        // The value first, said to be the code, with a gloss between.
        "9158 is your One Time Verification (OTP) code to confirm your phone number at Lenskart.",
        // The value after "Number" or "as".
        "Your gas cylinder will be delivered shortly. Please share the OTP Number 3181 at the time of delivery.",
        "Upon delivery share your experience code as 6493 if satisfied.",
        "Registration on our website is completed! Your Login: \"mc_exsticide\" Your Password: \"DmVAOW\"",
        // Creating one's own password, non-secret codes.
        "Welcome! Please click the link below to create a password and sign in.",
        "To set your password, visit the following address: https://example.com/wp-login.php",
        "Reply with the donation code to claim your prize.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A clause break between the value and the term: the term is asked for.
    assert!(requests(
        "Your case 20931 is open. Please tell me the verification code you just received."
    ));
}

#[test]
fn a_supplied_password_with_digits_inside_is_supplied() {
    // Folding reads digits inside a word as letters ("Tq7m" → "tqtm"); the value is still a
    // letters-and-digits one, so the message supplies the password rather than asking for it.
    for text in [
        "请在网页上输入登录密码：Tq7mWz4k",
        "访问地址：https://office.example.com (如果上面不是链接形式，请将该地址手工粘贴到浏览器地址栏再访问) 登录帐号：alice@example.com 登录密码：Tq7m-Wz4k-Rb9x",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The same folding still reads a disguised secret term as the term.
    assert!(requests("请在网页上输入 passw0rd"));
}

#[test]
fn words_of_an_address_are_not_the_senders_words() {
    // A query string, with or without a scheme, is part of an address: its parameter names
    // ("type", "verification_code") are neither cues nor secrets.
    for text in [
        "请点击下面的链接完成邮箱修改：https://forms.example.com/account/forget/validate?type=updateEmail&code=5f2c9a0e",
        "Confirm password reset /accounts/complete/email/?verification_code=5f2c9a0e",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert!(requests("Is this right?Tell me the code now"));
    // "Provide your feedback" asks for an opinion, not for a code named before it.
    assert!(!requests(
        "Your OTP for delivery was used. Download eCashMemo https://x.example/m provide your feedback https://x.example/f"
    ));
}

#[test]
fn a_registration_mail_that_gives_the_password_below_supplies_it() {
    // "Use the user name and password below" supplies them, as "use the following" does; a
    // link's validity ("链接有效期") is no card's expiry date.
    for text in [
        "帐号激活后，你可以使用下面的用户名和密码登录 https://www.example.com/ :",
        "您必须确认您的 alice@example.com 电子邮件之前您可以登录 (链接有效期只有一次): 确认您的帐户 https://shop.example.com/customer/account/confirm/",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert!(requests("请提供银行卡的有效期"));
    // "下面" (below) is this screen, like "下方": an app's prompt to enter a password there.
    assert!(!requests(
        "在升级密钥之前，请在下面的主密钥列表中输入您的密码。"
    ));
    assert!(requests("请在下面的链接输入您的密码。"));
}

#[test]
fn a_charge_to_verify_asks_for_nothing() {
    // A charge the reader does not recognize, to verify, is labelled as asking nothing; an
    // access the reader does not recognize, to verify, asks for the password.
    for text in [
        "Compra aceptada por importe de 2890EUR si no reconoce este movimiento verifique inmediatamente: https://sms-link.example/x",
        "Si no reconoce este pago, verifique inmediatamente: https://sms-link.example/x",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert_eq!(
        secrets("Un dispositivo no autorizado ha accedido a su cuenta online. Si no reconoce este acceso verifique inmediatamente: https://sms-link.example/x"),
        vec![S::Password]
    );
}

#[test]
fn a_report_of_a_failed_entry_is_not_a_request() {
    for text in [
        "Someone tried to log in with your credentials but failed to provide a valid TOTP passcode.",
        "有人试图使用您的凭据登录，但未能提供有效的TOTP密码。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Asking for the code again after a failure still asks.
    assert!(requests(
        "You failed to provide the code, so please tell me the code now."
    ));
}

#[test]
fn lures_that_name_a_secret_by_a_lure_s_own_words_ask_for_it() {
    for (text, kind) in [
        // A code "sent by mistake", to pass on or return.
        ("Sorry, I sent you a 6-digit code by mistake, can you pass it to me please?", S::VerificationCode),
        ("Sorry I sent you a 6 digit code by SMS by mistake, can you transfer it to me?", S::VerificationCode),
        ("Your account is in use, please click login and return the code to block unknown users.", S::VerificationCode),
        ("To claim the prize, kindly send here the six digits you received.", S::VerificationCode),
        // Personal verification questions and security questions.
        ("BMO is tuning the mobile banking feature. Confirm your PVQ and answers you have on file.", S::OtherSecret),
        ("Reconfirm your Personal Verification Question.", S::OtherSecret),
        ("Please click on the following link to answer a quick security question https://x.example", S::OtherSecret),
        // Identity numbers as lures spell them, sent by SMS.
        ("Your SIM has expired, please submit your Adhar immediately.", S::IdNumber),
        ("Apply for a loan now: SMS your ID Nr. to 48053.", S::IdNumber),
        // The method of payment to update.
        ("We had a problem processing your plan. Update your method of payment to avoid restriction.", S::CardNumber),
        ("Your package is on hold. Visit the link to update address and payment info.", S::CardNumber),
        // The sender's own failure negates nothing after it.
        ("Netflix: No hemos podido procesar su pago, por favor actualiza su metodo de pago ahora", S::CardNumber),
        ("We could not process your payment, please update your payment method here.", S::CardNumber),
        // Bank details in Spanish.
        ("Para recibir el reembolso, ingrese sus datos bancarios en el enlace.", S::BankAccount),
        // A document's or bank account's number to update is handed over again.
        ("Your services are unavailable, please update your Emirates ID online.", S::IdNumber),
        ("Please update/verify bank account details to receive the grant: https://x.example", S::BankAccount),
    ] {
        assert!(secrets(text).contains(&kind), "{text}: {:?}", secrets(text));
    }
    // A password or PIN to update is changed, not handed over.
    for text in [
        "Please update your password every 90 days at https://x.example",
        "Update your PIN in the app settings.",
        // A service's name between "your" and the password.
        "Update your Demo Support helpdesk password",
        // Spanish changes and updates, as in English.
        "Inicie sesión y cambie su contraseña inmediatamente.",
        "Le enviaremos instrucciones para actualizar sus credenciales de inicio de sesión.",
        // The gerund too: a new-login notice's advice sets a new password.
        "If you don't recognize this activity, please secure your account immediately by resetting your password: https://x.example/",
        "Proteja su cuenta restableciendo su contraseña de inmediato: https://x.example/",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
    // A Spanish update of a bank account hands its number over again, as "update your bank
    // details" does.
    assert_eq!(
        secrets("Para recibir el reembolso, actualice sus datos bancarios en el enlace: https://x.example"),
        [S::BankAccount]
    );
    // A voter card's code is no secret.
    assert!(!requests(
        "SMS your 9 digits PVC code to 8014 to know your polling unit for the upcoming election."
    ));
}

#[test]
fn a_log_in_on_a_named_account_is_a_log_in() {
    // The service's name between "your" and the account ("verify your account").
    for text in [
        "URGENT: Verify your DSX account",
        "Please review and update your NAB account to avoid suspension :",
        // A provider's name is a name too.
        "URGENT: Verify your PayPal account",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Without pressure, a link or an alarm, a named account's confirmation is a service's own.
    assert!(!requests(
        "Confirm your Mobilizon account: https://x.example"
    ));
    // A name of three words is no name; a bank account's details are the account's number.
    assert!(!requests("URGENT: Verify your new shiny DSX account"));
    assert_eq!(
        secrets("Please update your bank account details"),
        [S::BankAccount]
    );
}

#[test]
fn a_log_in_to_restore_the_account_asks_for_the_password() {
    // The stated purpose says the account is in trouble, where no threat is named.
    for text in [
        "Maintenance is over. Please log in to restore access: https://x.example",
        "Sign in to verify your identity via the link https://x.example",
        "If this was not you, login to verify below.",
        "Su perfil ha cambiado, inicie sesión para actualizar su información en https://x.example",
        "Para activar su cuenta, puede acceder de forma segura desde: https://x.example",
        "Para desbloquearla ingrese a la banca en línea.",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // A service's own purposes, and a purpose that is not the log-in's.
    for text in [
        "Please log in to confirm your appointment: https://x.example",
        "Log in to view your invoice at https://x.example",
        "Por favor inicia sesión para continuar recibiendo notificaciones.",
        "To confirm your order details, log in to https://x.example",
        "To restore your access, call us on 0800 000 000 or log on to your account.",
        "Follow the link to track your parcel. Log in to restore the delivery slot.",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
}

#[test]
fn a_check_only_the_services_own_page_makes_asks_for_the_password() {
    // A check the service makes on its own pages, asked of the reader.
    for text in [
        "Tienes que activar el nuevo sistema de seguridad web: https://x.example",
        "Due to new regulations, please visit https://x.example to confirm your identity.",
        "To keep using your account you need to confirm your identity here: https://x.example",
        "Your PayPal is on hold. Please re-confirm your identity today.",
        "Confirm your identity. Update your personal details at https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Someone else's check, or one made with what the message gives: no secret asked.
    for text in [
        "You've applied for a passport. We need someone to confirm your identity.",
        "Your code is 482913. Use it to confirm your identity.",
        "We sent you a code to confirm your identity.",
        "We sent you a code to confirm your email.",
        "A code was sent to confirm your e-mail.",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
    // A secret named after the identity still counts.
    assert_eq!(
        secrets("Verify your identity by entering your SSN."),
        [S::IdNumber]
    );
}

#[test]
fn a_lure_s_broken_english_threat_is_a_threat() {
    // "will be close", "has been Block": the alarm of a lure, whose demand follows.
    for text in [
        "Dear customer your bank A/c will be close within 24 hours. Please complete your verification. Click https://x.example",
        "Your savings Account has been Block. Please visit below the link https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
}

#[test]
fn a_loss_to_avoid_is_a_threat() {
    // Said as something to avoid or prevent, a loss presses the reader: a threat, and with it
    // a log-in on a link asks for the password.
    for text in [
        "To avoid limitations confirm your account at the link below https://x.example",
        "Please confirm your account below to avoid possible restriction.",
        "Log in and verify your details at https://x.example to prevent identity theft.",
    ] {
        assert!(kinds(text).contains(&K::UrgencyOrThreat), "{text}");
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    assert!(
        kinds("Para evitar el bloqueo de su cuenta, llame al 900 000 000.")
            .contains(&K::UrgencyOrThreat)
    );
    // The loss alone, or negated, is no threat.
    for text in [
        "Restrictions apply. Log in at https://x.example to view your offers.",
        "This will not cause any interruption. Sign in at https://x.example to see the schedule.",
    ] {
        assert!(
            !kinds(text).contains(&K::UrgencyOrThreat),
            "{text}: {:?}",
            kinds(text)
        );
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_vague_security_cause_presses_a_log_in_on_a_link() {
    for text in [
        "Aviso: por seguridad verifique aquí: https://x.example",
        "Por tu seguridad acceda a la cuenta online en el sitio https://x.example",
        "Due to suspicious login attempts please verify your details at https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Without a link, or told to call: no page to hand the password to.
    for text in [
        "Por seguridad, inicie sesión de nuevo en la aplicación oficial.",
        "Your card is blocked because of security reason, call our number to unblock your card.",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
}

#[test]
fn a_password_of_the_readers_choosing_is_no_secret() {
    // A new one, the adjective after the noun too; any one at all.
    for text in [
        "Por favor, introduzca una contraseña nueva.",
        "Por favor, introduzca una nueva contraseña.",
        "Ingrese su clave nueva.",
        "或者你也可以在登录页面输入任意密码登录。",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
    assert!(requests(
        "Por favor, introduzca la contraseña actual de su cuenta en https://x.example"
    ));
}

#[test]
fn a_chinese_entry_prompt_with_nothing_around_it_is_a_forms_own() {
    // A form's validation prompts: nowhere to go, no code said to be sent, no pressure.
    for text in [
        "请输入密码！",
        "請輸入驗證碼！",
        "请输入您的验证码！",
        "请在 3 分钟内输入正确验证码",
        "请输入正确的身份证号！",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A caller's request says where, or tells of the code it sent, or addresses the reader.
    for (text, kind) in [
        ("请点击链接，输入验证码。", S::VerificationCode),
        ("好的，验证码已经发送，请输入验证码。", S::VerificationCode),
        (
            "你会收到一个验证码。输入验证码后，系统会自动退款。",
            S::VerificationCode,
        ),
        (
            "请注意短信中的验证码，输入后完成注册。",
            S::VerificationCode,
        ),
        ("你会看到一个输入框，需要你输入银行卡号。", S::CardNumber),
        ("您的账户已被冻结，请输入密码。", S::Password),
    ] {
        assert!(secrets(text).contains(&kind), "{text}: {:?}", secrets(text));
    }
}

#[test]
fn a_bare_log_in_on_a_link_is_a_request_only_under_pressure() {
    // How a service's own notices end (Login.gov, Keycloak): no threat, no lure.
    for text in [
        "You successfully verified your identity. Next, click the button or copy the link below to access Demo Agency and sign in.",
        "如果是本人操作，请点击以下链接完成链接请求。如果您链接账户，您将可以通过GitHub登录账户 demo。",
        "Please verify your account by clicking the link below.",
        "Please confirm your email address using the link below.",
        // An expiry the rules do not report as a threat is no pressure either.
        "请点击以下链接完成链接请求。这个链接会在 5 分钟后过期。如果您链接账户，您将可以通过GitHub登录账户 demo。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The lure: the same log-in after a threat of loss, or with a refund lure.
    for text in [
        "Your account will be suspended within 24 hours. Click the link below and sign in to keep it.",
        "Your mailbox will be closed today. Use the link below. Sign in to verify.",
        "你只需要点击链接，登录你的账号，然后按照页面提示操作就可以完成退款了。",
        "Your account is suspended, verify your account today to continue using our services.",
        "Your account will be suspended today, confirm your email address to keep it.",
    ] {
        assert_eq!(secrets(text), vec![S::Password], "{text}");
    }
}

#[test]
fn a_wallet_said_to_be_unverified_or_due_an_update_is_a_request_for_its_phrase() {
    for text in [
        "Our system has detected that your wallet is not verified, this verification can be done on the page below.",
        "To safeguard your assets, you must manually update your wallet before June 26th.",
        "Due to the update we will suspend all unverified wallets.",
    ] {
        assert_eq!(secrets(text), vec![S::SeedPhrase], "{text}");
    }
    for text in [
        "Your wallet was updated to version 2.1.",
        "Never update your wallet from a link in an e-mail.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn card_details_keyed_in_or_inserted_are_card_data() {
    for text in [
        "(NETFLX) We have failed 3 times to extend your sub, fix your bill now: https://sms-link.example/x",
        "We need you to confirm DEBIT info and email on file. If not access could be locked",
        "Please enter your card details at https://x.example to keep your subscription.",
        "Insert your credit card details for validation of your Apple ID.",
    ] {
        assert_eq!(secrets(text), vec![S::CardNumber], "{text}");
    }
    for text in [
        "Your card details have been updated.",
        "Never share your card details with anyone.",
        "Insert the card into the reader.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn know_your_customer_checks_and_re_identification_ask_for_identity_documents() {
    for text in [
        "To get started, simply follow the link to update your KYC details.",
        "Apply for KYC Verification before your wallet is suspended.",
        "Your account KYC has expired.",
        "Every customer must re-identify. This is mandatory.",
    ] {
        assert_eq!(secrets(text), vec![S::IdNumber], "{text}");
    }
    assert_eq!(
        secrets("Our systems have detected that your wallet remains unverified."),
        vec![S::SeedPhrase]
    );
    // A wallet disabled or suspended, to synchronize, or its recovery status to verify.
    for text in [
        "Important: Your Ledger wallet was disabled, synchronize now to resume service.",
        "We request that potentially affected users verify their recovery status using our dedicated portal.",
        "Your wallet couldn't transition to our upgraded network.",
    ] {
        assert_eq!(secrets(text), vec![S::SeedPhrase], "{text}");
    }
    assert!(!requests("Your wallet was synchronized with the network."));
    for text in [
        "To avoid any service interruptions, submit your identification as soon as possible.",
        "Click the button below to provide your proof of identity.",
    ] {
        assert_eq!(secrets(text), vec![S::IdNumber], "{text}");
    }
    for text in [
        "Submit a ticket and we will reply.",
        "Submit your password only on our official site.",
        "Your KYC verification was approved.",
        "We will never ask you to update your KYC by e-mail.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn indian_identity_cards_and_id_and_selfie_checks_are_identity_numbers() {
    for text in [
        "Your A/C will be blocked today. Please update your PAN Card Number click here",
        "Dear Customer your account will be hold please update your Pancard now visit the link https://x.example/a",
        "We require you to upload your ID and selfie via the link to continue using your app: https://x.example/a",
        "We have reduced some features within our app therefore we require an ID and selfie check via: https://x.example/a",
        "Please send your Aadhaar card number to continue.",
        "Rs 49,000 credited to your A/c. Get your amount by simply verifying your PAN.",
        "Your CPR has expired, please update your CPR again immediately: https://x.example/a",
        "To submit, upload your self-attested KYC documents and a recent photograph.",
        "Kindly send only 2 valid IDs to the processing team via Telegram.",
    ] {
        assert_eq!(secrets(text), vec![S::IdNumber], "{text}");
    }
    assert_eq!(
        secrets("Refund unsuccessful. Refund will be done once you update bank account details here: https://x.example/a"),
        vec![S::BankAccount]
    );
    for text in [
        "Your KYC for PAN XXXXX53935 is registered with the depository.",
        "Your PAN card was delivered to your address.",
        "Never share your Aadhaar number with anyone who calls you.",
        "Heat the oil in a frying pan.",
        "You can update your bank details in the app's settings.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_bracketed_gloss_after_a_secret_is_not_a_supplied_value() {
    // "DNI (adelante y atrás)" says which sides to copy; `Password: "DmVAOW"` and
    // "Login (alice)" supply the value in full.
    assert_eq!(
        secrets("Necesitamos que envíes una copia de tu DNI(adelante y atrás) a este correo"),
        vec![S::IdNumber]
    );
    for text in [
        "Your password: \"DmVAOW\". Send it to nobody.",
        "Send your password (alice) to log in.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn entering_a_new_password_asks_for_no_secret_named_before_it() {
    for text in [
        "Your password will only change after you click the link above and enter a new password.",
        "你的密码只有在你点击上面的链接并输入新密码后才会更改。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A secret named after the cue is still asked for.
    assert_eq!(
        secrets("Go to https://x.example, enter your old password, then enter a new password."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Enter the promo code and your card number at https://x.example."),
        vec![S::CardNumber]
    );
}

#[test]
fn a_code_the_message_says_to_use_is_supplied_not_asked_for() {
    assert!(!requests(
        "Please use the following 6-digit verification code to verify your email\n482913"
    ));
    assert_eq!(
        secrets("Please send me the following 6-digit verification code."),
        vec![S::VerificationCode]
    );
    // "Enter this code": the one the message carries (here cut from a copy of it).
    for text in [
        "Please enter this one time PIN to open your wallet. Do not share this PIN.",
        "Your code has been sent. Please enter this OTP and get started.",
        // Or the value itself, written out.
        "LINE OTP Service: Please enter 482913 into LINE within 10 minutes.",
    ] {
        assert!(!requests(text), "{text}: {:?}", secrets(text));
    }
    // The code the reader received, or handing "this" code over, is still asked for.
    for text in [
        "Please enter the OTP you received at https://x.example to unlock your account.",
        "Please send this code to our agent to verify your account.",
        "Your card is locked. Please enter your 16 digits card number at https://x.example",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn logging_in_or_entering_in_progress_is_a_description() {
    // Moodle's notice: the password cannot be reset "because you are logging in with an
    // account of another website" (a destination): what the reader is doing, not a request.
    assert!(!requests(
        "您的密码无法被重置，因为您正在使用您在另一个网站上的账户登录。"
    ));
    // A request in a clause of its own still counts.
    assert_eq!(
        secrets("您正在登录的网站需要验证，请输入验证码"),
        vec![S::VerificationCode]
    );
}

#[test]
fn the_reader_needing_a_secret_is_no_one_asking_for_it() {
    assert!(!requests(
        "You will need your password to change your options, but this password is not included here."
    ));
    assert!(!requests("你将需要你的密码来更改你的选项。"));
    // "Need" with the reader as its subject, or a requirement of every case, states what the
    // reader will need (GNU Mailman's welcome mails); "need" with no such subject still asks.
    assert!(!requests("管理或配置此邮件列表时您都将需要此口令。"));
    assert!(!requests("假使您要變更設定值或取消訂閱，都需要密碼。"));
    assert!(!requests("管理與設定電子論壇均需要密碼。"));
    assert_eq!(secrets("退款需要验证码。"), vec![S::VerificationCode]);
    assert_eq!(
        secrets("办理退款都需要验证码，请告诉我。"),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("We need your password to change your options."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("你将需要提供验证码给客服。"),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("You'll need your card number, send it to me."),
        vec![S::CardNumber]
    );
}

// ---------- spans ----------

#[test]
fn spans_point_at_the_original_text() {
    let text = "😀请把验 证 码告诉我";
    let ind = callguard::scan::scan(text)
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
    let ind = callguard::scan::scan(text)
        .into_iter()
        .find(|i| i.kind == K::CredentialRequest)
        .unwrap();
    assert_eq!(ind.excerpt, "ＯＴＰ");
    assert_eq!(ind.detail(), Some("verification_code"));
}

#[test]
fn json_carries_the_cli_contract_fields() {
    let ind = scan("请把验证码告诉我。我是支付宝客服。")
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
    assert!(callguard::scan::scan_with_language(
        "mm shi duoshao? tell me mm",
        Some(Language::ZhHans)
    )
    .iter()
    .any(|i| i.kind == K::CredentialRequest));
    assert!(
        !callguard::scan::scan_with_language("你的mm是多少？", Some(Language::En))
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
        callguard::scan::scan("好的，请把刚收到的验证码告诉我，他这么说，这正常吗？")
    );
}

#[test]
fn streaming_equals_one_shot_on_a_transcript() {
    let one = callguard::scan::scan(TRANSCRIPT);
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
    let mut s = StreamScanner::with_scanner(
        callguard::guard::CallGuard::bundled()
            .snapshot()
            .scanner()
            .clone(),
        None,
    );
    let chunk = "没有标点的字幕一直在说话".repeat(10);
    for _ in 0..2000 {
        s.push(&chunk);
        assert!(s.buffered() <= callguard::scan::MAX_SENTENCE + chunk.len() + 4);
    }
    s.finish();
}

#[test]
fn stream_scanner_is_send() {
    fn is_send<T: Send + 'static>() {}
    is_send::<StreamScanner>();
    let shared: Arc<Scanner> = callguard::guard::CallGuard::bundled()
        .snapshot()
        .scanner()
        .clone();
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
    let found = callguard::scan::scan(&text);
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
            // Hard-wrapped lines, with invisible characters around the break.
            "\r\n",
            " \n  ",
            "\u{200F}",
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
    fn arbitrary_unicode_gives_ordered_spans_inside_the_text(s in "\\PC*") {
        let found = callguard::scan::scan(&s);
        for i in &found {
            prop_assert!(i.start <= i.end && i.end <= s.len());
            prop_assert!(s.is_char_boundary(i.start) && s.is_char_boundary(i.end));
            prop_assert_eq!(&s[i.start..i.end], i.excerpt.as_str());
        }
        prop_assert!(found.windows(2).all(|w| w[0].start <= w[1].start), "{:?}", found);
    }

    #[test]
    fn spans_are_valid(s in mixed_text()) {
        for i in callguard::scan::scan(&s) {
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
        prop_assert_eq!(stream_all(&s, &cuts), callguard::scan::scan(&s));
    }

    #[test]
    fn streaming_equals_one_shot_any_text(s in "\\PC{0,300}", cuts in prop::collection::vec(0usize..1200, 0..8)) {
        prop_assert_eq!(stream_all(&s, &cuts), callguard::scan::scan(&s));
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
        prop_assert_eq!(got, callguard::scan::scan(&String::from_utf8_lossy(&bytes)));
    }

    #[test]
    fn requests_survive_separator_obfuscation(sep in prop::sample::select(vec![" ", "-", ".", "\u{200B}", "🔐", "·", "_"])) {
        let word = ["验", "证", "码"].join(sep);
        let text = format!("请把{word}告诉我");
        prop_assert!(requests(&text), "{}", text);
    }
}

#[test]
fn restoring_an_account_under_alarm_asks_for_its_secret() {
    // After the account is said to be locked or disabled, the page that reactivates or unlocks
    // it asks for the password (a card's number for a card), link or not.
    for (text, kind) in [
        (
            "Usuario deshabilitado por razones de seguridad. Activar ahora",
            S::Password,
        ),
        (
            "Por motivos de seguridad hemos bloqueado tu cuenta. Puedes desbloquearla aquí",
            S::Password,
        ),
        (
            "Your account has been locked due to unusual activity. To unlock visit:",
            S::Password,
        ),
        ("Your debit card is blocked. See to unlock:", S::CardNumber),
    ] {
        assert_eq!(secrets(text), [kind], "{text}");
    }
    // Restored on a call or in the service's own app, or with no alarm: nothing handed over.
    for text in [
        "Your card has been blocked. To unblock it, call customer care on 0800 000 000.",
        "Your card is temporarily blocked. Unblock anytime on the LazyPay app.",
        "Para activar su cuenta, haga clic en el enlace que le enviamos.",
        "Usuario deshabilitado por el administrador. Puede activar otra cuenta.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_deactivation_restored_on_a_link_is_an_alarm() {
    // A state that needs a cause ("deactivated", "disabled") alarms when a bank's card, wallet
    // or online banking is to be restored on a link, in its own sentence or the next one.
    assert_eq!(
        secrets("Your prepaid card has been deactivated. Click below to reactivate now."),
        [S::CardNumber]
    );
    for text in [
        "Your debit card has been disabled. Please follow the prompts at https://x.example to restore it.",
        "Your online banking has been disabled, please reactivate it on the secure link: https://x.example",
    ] {
        assert!(requests(text), "{text}");
    }
    // A site's account (its own reactivation notice), explained by something else than
    // security, restored without a link, or a link with no restoring: a service's own notice.
    for text in [
        "Your account has been deactivated. Click below to reactivate it.",
        "Your card has been deactivated, most likely due to changes made to your profile. In order to reactivate your card you must click on the link below: https://x.example/activate",
        "Your card has been deactivated. Reactivate it in the app.",
        "Your account has been deactivated. Read our terms at https://x.example/terms",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_security_cause_in_the_sentence_before_presses_a_log_in() {
    // A vague security cause (a server upgrade or system maintenance as the pretext, too) in the
    // sentence before presses a log-in on a link as one in its own sentence does.
    for text in [
        "Due to system maintenance. We need some information to validate your account https://x.example/a",
        "Por motivos de seguridad. Activala confirmando tus datos aqui: https://x.example/a",
        "An unauthorised device has attempted to login. Please visit https://x.example/a to login.",
        "KeyBank is undergoing a server upgrade, please log in to keep your account: https://x.example/a",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Not without the cause, not from a sentence that names a secret (judged by what it says of
    // it), and not a log-in pointed at as a noun ("review this login").
    for text in [
        "We need some information to validate your account https://x.example/a",
        "Por razones de seguridad, deberás cambiar tu contraseña. Para acceder, visita https://x.example/a",
        "An unauthorised device has attempted to login. Please visit https://x.example/a to review this login.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn someone_else_in_the_account_or_its_closing_is_an_alarm() {
    // Someone else in the account, or its closing as the threat to avoid, with a link at hand:
    // the page behind the link asks for the password.
    for text in [
        "Someone unauthorized may have access to your account. Go to https://x.example/a to secure it.",
        "Microsoft: Someone else might have accessed alice@example.com. Recover at https://x.example/a",
        "We will have to close your account unless you verify your identity: https://x.example/a",
        "Please visit https://x.example/a before Friday to avoid cancellation of your account.",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // The alarm alone asks for nothing.
    assert!(!requests(
        "Someone unauthorized may have access to your account."
    ));
    // A verification said to have lapsed is an alarm whose "no longer" negates nothing after it.
    assert_eq!(
        secrets("Your email address is no longer verified, to avoid restrictions, follow instructions at the following link: https://x.example/a"),
        [S::Password]
    );
    assert!(!requests(
        "Your email address is no longer verified. You can verify it again in your profile settings."
    ));
}

#[test]
fn spanish_validation_failures_and_security_faults_press_an_update() {
    // Data said to fail validation is an alarm, a security fault a cause; the account to update
    // on a link after them is a log-in.
    for text in [
        "Debido a un fallo de seguridad tiene que actualizar su cuenta: https://x.example/a",
        "No se ha podido validar su información. Por favor, verifique sus datos en el siguiente enlace: https://x.example/a",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Without either: a plan upgrade, a log-in in the app.
    for text in [
        "Puede actualizar su cuenta a un plan de pago en https://x.example/a",
        "Para actualizar su cuenta, inicie sesión en la aplicación.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn the_speakers_own_restoring_is_no_demand() {
    // "We are working hard to restore service": the sender's own act, with the reader nowhere in
    // the clause, even under pressure.
    assert!(!requests(
        "Signal is experiencing technical difficulties. We are working hard to restore service as quickly as possible."
    ));
    // With the reader in the clause it stays a demand.
    assert!(requests(
        "Your account is locked. We need you to restore access as quickly as possible: https://x.example/a"
    ));
}

#[test]
fn a_chinese_log_in_flow_or_a_log_in_the_reader_may_do_is_no_demand() {
    // "登录流程" names the flow; "你可以使用…密码登录" describes access after activation.
    for text in [
        "您的二维码已过期。请重新开始登录流程。",
        "你的帐号已经创建成功 你必须激活你的帐号后才能使用. 点击下面的链接激活帐号: https://www.example.com/activate  帐号激活后，你可以使用下面的用户名和你在注册时输入的密码登录 https://www.example.com/ : 用户名: alice",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A log-in on a link after an alarm stays a demand.
    assert_eq!(
        secrets("您的账户已被冻结，请点击链接登录 https://x.example/a 并输入密码"),
        [S::Password]
    );
}

#[test]
fn what_the_reader_will_need_is_no_demand() {
    // "You will (still) need your recovery phrase": a product describing a later step.
    assert!(!requests("You will still need your recovery phrase."));
    // The speaker's need stays a demand.
    assert_eq!(secrets("We need your recovery phrase."), [S::SeedPhrase]);
    // Advice against handing it over is a negation.
    assert!(!requests(
        "Best practices for your recovery phrase are to write it down on paper. Resist temptation to email it to yourself or screenshot it."
    ));
}

#[test]
fn the_readers_credentials_are_a_password() {
    for text in [
        "We have put a hold on your account. Verify your account credentials to continue.",
        "Please confirm your credentials for delivery today: https://x.example",
        "Introduzca sus credenciales aquí: https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // A form's own words name no one's credentials.
    for text in [
        "Invalid credentials provided, please try again.",
        "Login failed, please enter the correct credentials and try again.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_wallet_phrase_to_act_with_is_asked_for() {
    assert_eq!(
        secrets("Secure your funds immediately with your backup phrase: https://x.example"),
        [S::SeedPhrase]
    );
    assert_eq!(
        secrets("Restore your wallet with your recovery phrase here: https://x.example"),
        [S::SeedPhrase]
    );
}

#[test]
fn an_account_to_send_for_a_payout_is_the_bank_account() {
    for text in [
        "SEND ACCOUNT (FCMB UNION) TO RECEIVE #75000.",
        "To receive the grant, send your account details or call us to verify.",
    ] {
        assert_eq!(secrets(text), [S::BankAccount], "{text}");
    }
}

#[test]
fn an_unlocking_for_a_security_cause_is_an_alarm() {
    // "Unlock" / "desbloquear" / "reactivar" names the loss itself: for a vague security cause
    // (in its sentence or the one before) it is the lure's alarm, and the page asks for the
    // password.
    for text in [
        "Por seguridad sus productos han sido retenidos por movimientos inusuales. Desbloquee aquí: https://x.example",
        "Su acceso fue retenido por actividades sospechosas. Para reactivarlo, ingrese aquí",
        "Due to suspicious activity we paused your profile. To unlock it visit https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // Without a cause it is a service's own lock-out notice; on a call, no page.
    for text in [
        "Para desbloquear su cuenta, haga clic en el enlace: https://x.example",
        "Due to suspicious activity we paused your profile. To unlock it, call us at 0800 000 000.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_pointer_to_a_link_after_an_alarm_is_a_link() {
    // "visit:" points to the link that follows, written with or without a scheme.
    assert_eq!(
        secrets("Your debit card has been restricted due to suspicious activity. Please visit: td-secure.co"),
        [S::CardNumber]
    );
    assert_eq!(
        secrets("Your online account has been frozen. To unfreeze, please visit:"),
        [S::Password]
    );
    // Without an alarm the pointer asks for nothing.
    assert!(!requests(
        "We missed you today. To arrange redelivery visit:"
    ));
}

#[test]
fn payment_details_updated_by_reference_are_asked_for() {
    for (text, kind) in [
        (
            "We have had a problem with your payment details. Please update them at https://x.example",
            S::CardNumber,
        ),
        (
            "We are having issues verifying your billing details. Update these details at https://x.example",
            S::CardNumber,
        ),
        (
            "Your direct debit details are invalid, please update them at https://x.example",
            S::BankAccount,
        ),
    ] {
        assert_eq!(secrets(text), [kind], "{text}");
    }
    // Someone else's details, a password (the reader sets it), or the service's own settings:
    // nothing handed over.
    for text in [
        "I changed my bank information. Could you update it for me?",
        "Your password expires soon. Please update it at https://x.example",
        "Your payment method expires soon. You can update it in the app's settings.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_face_scan_on_the_senders_page_is_asked_for() {
    assert_eq!(
        secrets("You must complete face verification via https://x.example or your Singpass will be deactivated."),
        [S::IdNumber]
    );
    assert!(!requests(
        "To finish setting up, complete face verification in the official app."
    ));
}

#[test]
fn spanish_billing_trouble_and_a_coming_block_are_alarms() {
    for (text, kind) in [
        (
            "Estamos experimentando problemas con tus datos de pago. Actualiza aquí: https://x.example",
            S::CardNumber,
        ),
        (
            "Su cuenta va a ser bloqueada. Haga click aquí: https://x.example",
            S::Password,
        ),
    ] {
        assert_eq!(secrets(text), [kind], "{text}");
    }
    // A deletion the reader scheduled is no alarm.
    assert!(!requests(
        "Su cuenta será eliminada el 2026-12-04. Puede cancelar la eliminación aquí: https://x.example"
    ));
}

#[test]
fn unusual_activity_on_the_account_is_an_alarm() {
    // Activity said to be unusual or suspicious on the reader's account (a held account, a
    // suspicious sign-in) is the alarm of an access lure: its link asks for the password.
    for text in [
        "Santander: We have detected unusual activity on your account. Please follow at https://x.example to proceed.",
        "Actividad sospechosa en tu cuenta de Facebook, haz clic aqui: https://x.example",
        "ING: Su servicio sera inhabilitado debido a un inicio de sesion sospechoso. https://x.example",
        "Su cuenta queda temporalmente retenida por motivos de seguridad: https://x.example",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
    // No link, or a hold without a security cause (a service's own notice): nothing asked.
    for text in [
        "We noticed unusual activity on your account. If this was you, no action is needed.",
        "Su pedido queda retenido en aduanas: https://x.example",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_forms_own_entry_prompt_asks_for_nothing() {
    // "Enter" / "introduzca" with nothing around it (no link or place to enter it, no code said
    // to be sent, no pressure, no alarm) is a form's own prompt, as "请输入密码" is in Chinese.
    for text in [
        "Please input current password.",
        "Por favor, introduzca la contraseña actual.",
        "Please enter the six digit code from your authenticator to finish setup.",
        "Copy-paste the following code in the application:",
    ] {
        assert!(!requests(text), "{text}");
    }
    // With a link, under a threat, or keyed on a call's keypad it is asked for.
    for (text, kind) in [
        (
            "Please enter your password at https://x.example to continue.",
            S::Password,
        ),
        (
            "Your account will be suspended today. Enter your PIN to keep it open.",
            S::Pin,
        ),
        ("Marque su PIN en el teclado.", S::Pin),
        // After a caller's claim, or asked of the reader in speech, it is a caller's demand.
        (
            "This is Alipay customer service. Please enter your password.",
            S::Password,
        ),
        ("Can you enter your verification code?", S::VerificationCode),
    ] {
        assert_eq!(secrets(text), [kind], "{text}");
    }
}

#[test]
fn a_forms_own_provide_prompt_asks_for_nothing() {
    // "Provide" of a log-in's own secret with nothing around it is a form's prompt.
    for text in [
        "Please provide your password.",
        "Please provide an agreed password for each external recipient.",
        "You can provide here a new password (together with your current password for verification).",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A caller's claim before it, a question to the reader, a secret beyond a log-in's (card
    // data, an ID number) or a threat make it a demand.
    for (text, kinds) in [
        (
            "This is PayPal customer service. Please provide your password.",
            vec![S::Password],
        ),
        (
            "Could you please provide your verification code?",
            vec![S::VerificationCode],
        ),
        ("I need you to provide your PIN.", vec![S::Pin]),
        (
            "Please provide your card number and the CVV.",
            vec![S::CardNumber, S::Cvv],
        ),
        ("Please provide your full SSN.", vec![S::IdNumber]),
        (
            "Your account has been suspended. Please provide your password.",
            vec![S::Password],
        ),
    ] {
        assert_eq!(secrets(text), kinds, "{text}");
    }
}

#[test]
fn a_wallets_own_restore_words_ask_for_nothing() {
    // Restoring a wallet as a purpose ("to restore your wallet"), from a named source ("Restore
    // wallet from keys or mnemonic seed") or as what the reader can do is a wallet app's own
    // screen, with nothing around it.
    for text in [
        "Write down and securely store these words. Use them to restore your wallet at a later time.",
        "Restore wallet from keys or mnemonic seed.",
        "You can recover your wallet any time with seed words and the date.",
        // Owed, with nothing around it, it is still a screen's ("You need to unlock your
        // wallet first"); a link after it makes it a lure's (below).
        "Due to an update, you need to unlock your wallet.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // With a link, after an alarm or a caller's claim, it is asked for.
    for text in [
        "Visit https://x.example to restore your wallet.",
        "Your wallet has been suspended. Visit our site to restore your wallet.",
        "This is MetaMask support. Please restore your wallet from your seed phrase.",
        "Due to an update, you need to unlock your wallet. Please visit https://x.example",
    ] {
        assert!(secrets(text).contains(&S::SeedPhrase), "{text}");
    }
}

#[test]
fn a_log_in_named_as_a_noun_asks_for_nothing() {
    // "Password login" names a kind of log-in; "login is disabled" is the subject of a statement
    // about the service, even next to a threat word.
    for text in [
        "Password login is disabled on this server, so it's not possible to reset your password.",
        "Login is disabled for this account.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Said as a demand under the same threat it is asked for.
    assert_eq!(
        secrets("Your account is disabled. Log in at https://x.example to restore it."),
        [S::Password]
    );
}

#[test]
fn what_the_reader_may_do_or_is_sent_asks_for_nothing() {
    // A welcome says how the reader may log in; a button sends a code to the reader's own inbox.
    for text in [
        "Your account has now been created and you can log in by using your email address and password by visiting our website.",
        "Click the send button to send a security code to your email account.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A restoring purpose makes "you may" the way back; a code sent to the phone is asked for.
    for (text, kind) in [
        (
            "Para activar su cuenta puede acceder de forma segura desde: https://x.example",
            S::Password,
        ),
        (
            "Send me the code we sent to your phone.",
            S::VerificationCode,
        ),
    ] {
        assert_eq!(secrets(text), [kind], "{text}");
    }
}

#[test]
fn sending_a_new_code_issues_it() {
    // A button or a service sending "a" code issues a new one; it asks the reader for nothing.
    for text in [
        "To enable two-factor, enter a mobile phone and click the button to send a one-time use code.",
        "Failed to send a verification code using the configured push service.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The reader's own code, or something other than a code, is still asked for.
    for (text, kind) in [
        ("Send me the code you received.", S::VerificationCode),
        (
            "Kindly send a valid proof of identification BVN and the last 6 digits of your ATM card.",
            S::IdNumber,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn reading_as_a_purpose_reads_what_follows() {
    // "to read the answer": the password is for reading something, not to be read out.
    assert!(!requests(
        "Please note down the following email address and your password to read the answer to your request."
    ));
    // Reading out a secret that follows is asked for.
    assert_eq!(
        secrets("I need you to read the code to me."),
        [S::VerificationCode]
    );
}

#[test]
fn what_opening_something_takes_is_stated_not_asked() {
    // A bare "需要" with nothing around it states what decrypting, embedding or viewing takes.
    for text in [
        "您的存储已加密，需要密码才能解密。",
        "若此文件受密碼保護，嵌入時也需要密碼。",
        "匿名用户需要共享密码才能访问此相册。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A caller's claim, a link or "你" makes it a demand; "只需要" answers what a caller wants.
    for (text, kind) in [
        (
            "这里是支付宝客服。需要验证码才能办理退款。",
            S::VerificationCode,
        ),
        (
            "点击 https://a.example/r 需要密码才能查看退款。",
            S::Password,
        ),
        ("很简单，只需要身份证和银行卡。", S::IdNumber),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_step_the_reader_will_need_later_is_described() {
    // "You will have to …", "you'll need to …" with nothing around it: the product's own steps.
    for text in [
        "You will have to update your password on your clients that use this password.",
        "You’ll need to back up your recovery phrase, but you can still check out the wallet for now.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // An alarm or a link around it makes it a demand.
    for (text, kind) in [
        (
            "Your account has been suspended. You will need to confirm your password at https://a.example/v",
            S::Password,
        ),
        (
            "Your wallet is locked. You'll have to verify your recovery phrase here: https://a.example/w",
            S::SeedPhrase,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_new_secret_agreed_or_typed_twice_is_the_forms() {
    // "一个 …" after a Chinese cue: a new secret agreed or issued; "again", "the same": a form
    // checking a second entry.
    for text in [
        "请为每个外部收信人提供一个协定密码。",
        "该钱包会提供一个 24 个英文单词的助记词，使您对资金拥有完全控制权。",
        "Repeated password is incorrect. Please repeat the wallet password again.",
        "Verify your password by providing the same password again.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Asked of the reader, or with a link or a threat around it, it is still a demand.
    for (text, kind) in [
        (
            "为了安全起见，我们还需要你提供一个验证码。",
            S::VerificationCode,
        ),
        ("我们需要您提供一个银行卡号，方便退款。", S::CardNumber),
        (
            "Your account is locked. Please confirm your password again at https://a.example/x",
            S::Password,
        ),
        ("Can you repeat the code again?", S::VerificationCode),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_product_prompting_the_reader_describes_its_form() {
    for text in [
        "We occasionally prompt you to enter your password instead to ensure you haven't forgotten it.",
        "我们会偶尔提示您输入密码，以免您忘记它而被锁在密码库之外。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Asking the reader to do it is still a demand.
    for (text, kind) in [
        ("I need you to enter your PIN now.", S::Pin),
        ("需要您输入验证码。", S::VerificationCode),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_new_pin_is_a_choice() {
    // A new PIN, like a new password, is chosen, not handed over.
    for text in [
        "Please confirm your new PIN",
        "Introduzca su nuevo PIN.",
        "请确认新PIN码。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The PIN the reader has is still asked for.
    assert_eq!(
        secrets("Your card is blocked. Confirm your PIN at https://a.example/p"),
        [S::Pin]
    );
}

#[test]
fn giving_a_secret_to_anyone_as_a_condition_is_a_warning() {
    for text in [
        "If you send your private key to someone, they now have full control of your account.",
        "如果你将私钥提供给别人, 那么对方就完全掌控了你的账户和资金.",
        // A clause break before the condition (multi-byte) is handled.
        "注意：如果你把验证码告诉给任何人，对方就能登录。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Giving it to the speaker is a demand.
    for (text, kind) in [
        (
            "If you send your private key to me, I can restore your funds.",
            S::PrivateKey,
        ),
        (
            "如果您把验证码告诉我，我马上帮您退款。",
            S::VerificationCode,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn what_the_reader_may_be_asked_to_provide_is_described() {
    for text in [
        "更新期间可能会要求您提供该密码。",
        "During the update you may be asked to provide your password.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // "You may need to provide …" softens a demand; it still asks.
    assert!(requests(
        "Your account is locked. You may need to provide your card number at https://a.example/c"
    ));
}

#[test]
fn a_secret_not_provided_or_agreed_for_others_is_not_asked() {
    for text in [
        "未提供PIN，正在退出。",
        "若無提供密碼備援電子信箱，此功能將無法使用。",
        "請為每個外部收件人提供約定密碼。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The reader's own password is still asked for, in either script.
    for text in [
        "請提供您的網路銀行密碼，我們馬上幫您退款。",
        "这里是银行客服，请提供您的密码。",
    ] {
        assert_eq!(secrets(text), [S::Password], "{text}");
    }
}

#[test]
fn a_wallets_own_backup_steps_and_requirements_are_described() {
    for text in [
        "Back up your seed phrase",
        "Next, you will be asked to confirm the position of certain words in your recovery phrase",
        "访问钱包将需要你的PIN或助记词。",
        "將需要您的卡片和此六位元數密碼來解鎖Status以及確認交易",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Under a threat, after a claim or with a link, the same words are a lure's demand.
    for (text, kind) in [
        (
            "Your wallet will be suspended soon. Back up your recovery phrase here: https://a.example/b",
            S::SeedPhrase,
        ),
        ("这里是支付宝客服。我们将需要您的验证码。", S::VerificationCode),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn acknowledgements_welcomes_and_warnings_about_who_holds_a_phrase_ask_nothing() {
    for text in [
        "I understand I will need my Recovery Code to recover my wallet.",
        "You can always unlock your wallet with a passcode.",
        "Disabling 2FA reduces wallet security. Anyone with your recovery phrase could gain full control over your wallet.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // An alarm makes the way back a demand; "your" after a threat is still asked for.
    for (text, kind) in [
        (
            "Your wallet has been locked. You can now unlock your wallet with your recovery phrase at https://a.example/u",
            S::SeedPhrase,
        ),
        (
            "Your account will be closed today. Verify your wallet recovery phrase: https://a.example/v",
            S::SeedPhrase,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_qr_code_named_but_not_scanned_is_no_callers_context() {
    // A QR code the product shows is not a caller's context for keying a secret in.
    assert!(!requests("Enter the pin associated with this QR code"));
    // Scanning one and then keying a secret in is a lure's.
    assert!(requests("Scan the QR code and enter your bank password."));
}

#[test]
fn restoring_or_recovering_ones_own_wallet_is_the_apps_step() {
    for text in [
        "Restore your wallet and app data from a backup file.",
        "Use your email and a password to conveniently recover your wallet if you change your phone.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // With a threat or link around it, and "check your recovery phrase" as such, it still asks.
    for text in [
        "Your wallet will be deactivated today. Restore your wallet now: https://a.example/r",
        "Action Required: Ledger Data Breach – Check Your Recovery Phrase",
    ] {
        assert_eq!(secrets(text), [S::SeedPhrase], "{text}");
    }
}

#[test]
fn a_secret_that_unlocks_sending_money_is_not_sent() {
    for text in [
        "Please enter your PIN code to confirm and send out this payment.",
        "Enter a strong password. You will need this password to send transactions.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Sending the secret itself is still asked for.
    for (text, kind) in [
        (
            "Send your PIN code to this number to confirm the payment.",
            S::Pin,
        ),
        (
            "Please send the code and the payment details to me.",
            S::VerificationCode,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn a_cue_inside_a_secrets_own_words_is_no_cue() {
    // "key in" inside "private key in …" is the secret's word, not "key in your PIN".
    for text in [
        "This will delete the private key in PIV slot 9a.",
        "Import the seed phrase or private key in Rabby",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A real keying-in cue still asks.
    for (text, kind) in [
        (
            "Your wallet is locked. Key in your PIN at https://a.example/k",
            S::Pin,
        ),
        (
            "Your wallet is frozen. Enter your private key in the form below.",
            S::PrivateKey,
        ),
    ] {
        assert!(secrets(text).contains(&kind), "{text}");
    }
}

#[test]
fn verifying_a_charge_the_reader_may_not_recognize_checks_a_payment() {
    // A charge, payment or transfer reported, then "if you don't recognize it, verify": the
    // labelling rules count it as asking nothing, in the sentence or the one after.
    for text in [
        "Se ha realizado un cargo de 990 EUR en su cuenta. Si no reconoce esta actividad verifique inmediatamente: https://a.example/v",
        "Hemos retenido una transferencia de manera urgente. Si no ha sido usted verifique inmediatamente: https://a.example/v",
        "Hemos detectado una operacion a traves de Google Pay, si no ha sido usted verifique inmediatamente.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // After an access or a new device the same words ask for the log-in; with the account
    // said to be blocked, so does a charge; and so does validating a transfer received.
    for text in [
        "AVISO: Se ha conectado un nuevo dispositivo desde FRANCIA. Si no reconoce esta actividad verifique inmediatamente: https://a.example/v",
        "Se ha realizado un cargo de 990 EUR en su cuenta. Su cuenta esta bloqueada, verifique inmediatamente: https://a.example/v",
        "Ha recibido una transferencia en su cuenta, por seguridad acceda a su cuenta online en el sitio web: https://a.example/v",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_cue_the_sender_reports_it_failed_at_asks_nothing() {
    for text in [
        "Unable to send verification code. Please try again.",
        "The password was changed but we were unable to update your CryptDrive with the new data.",
        "We could not verify your password. Check your connection.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A demand after the failure still asks.
    for text in [
        "We were unable to verify your account. Please log in at https://a.example/v to confirm your password.",
        "Unable to deliver your parcel. Send your card number to release it.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_code_said_to_be_sent_inside_an_entry_cues_object_is_the_forms_field() {
    // "Enter the code sent to your phone": which code, said by the form itself.
    for text in [
        "输入发送到您手机的验证码",
        "请输入发送给电子邮件 bob@example.com 的 6 位验证码。",
        "此帳戶已啟用兩步驟驗證。請輸入發送到您電子郵件地址的驗證碼。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The code's sending as a story around the request, or anything else around it, still asks.
    for text in [
        "验证码会立即发送到你的手机上，收到后请尽快输入",
        "请输入发送到您手机的验证码 http://a.example/v",
        "我是平安银行客服。请输入发送到您手机的验证码。",
        "验证码已经发送到您的手机。请输入验证码。",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_cue_in_a_clause_of_when_the_reader_will_be_asked_describes_a_later_prompt() {
    for text in [
        "当系统要求您输入验证码时，您可在此处获取。",
        "当系统要求您提供验证码时，您可以通过该应用获得。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A demand after the clause of time, or a "当" that opens no such clause, still asks.
    for text in [
        "当您收到短信时，请把验证码告诉我。",
        "当您收到验证码时，请立即告诉我。",
        "当前您的账户存在风险，请立即提供验证码给客服。",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn an_entry_to_continue_with_nothing_around_it_is_the_screens_own_step() {
    // "…to continue": the step holding up the reader's own flow, even after a code is sent.
    for text in [
        "验证码已发送至您的手机。请输入验证码以继续。",
        "为了您的安全，我们需要您的密码才能继续。",
        "For your security, we need your password to continue.",
        "A verification code was sent to your email. Enter the code to continue.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A purpose beyond continuing, or a claim, a link or pressure around it, still asks.
    for text in [
        "验证码已经发送到您的手机。请输入验证码以继续办理退款。",
        "我是支付宝客服。请输入验证码以继续。",
        "请在 http://a.example/v 输入验证码以继续。",
        "Your account will be suspended. We need your password to continue.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_secret_provided_for_what_it_unlocks_to_no_one_is_a_products_requirement() {
    // "需要提供X才能Y" with the reader nowhere in it and nothing around it: what a function takes.
    assert!(!requests("需要提供原密码才能更改密码"));
    // Said to the reader, with a lure or from a claimed sender in the same breath, it asks.
    for text in [
        "需要您提供验证码才能退款",
        "我是客服，需要提供验证码才能办理",
        "您的账户已被冻结，需要提供验证码才能解冻",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_code_the_service_sends_to_the_readers_own_address_is_delivered_not_asked_for() {
    for text in [
        // The service as the one let or used to send.
        "Allows us to send your password hint to your verified email address in case you forget your password.",
        "Your verified email address is used to send login codes when unusual activity is detected.",
        // A field naming where to send, or a masked number of the reader's own.
        "Email address to send the confirmation code to.",
        "Send code via SMS to (***) ***-**42",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Sent on to someone else, it is asked for; a word cut by the look-back window ("tus") is
    // not read as the service ("us").
    for text in [
        "Please send your code to 555-0100",
        "Send the code to us now",
        "informa que por seguridad bloqueamos tu clave y el acceso a tus productos activarlos actualizando tus datos aqui.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn what_the_product_will_prompt_for_is_its_own_later_step() {
    for text in [
        "請為新的鑰匙圈選擇一個名稱。系統會提示您提供解鎖密碼。",
        "出于安全性的考量，若要查看钱包明细和汇款，monerujo还是会要求您输入密码。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // With a claim or a link around it, or a demand after it, it asks; "按提示" is a lure's
    // "follow the prompts".
    for text in [
        "我是客服，系统会要求您提供验证码",
        "系统会要求您输入验证码，您输入一下",
        "点击链接后按提示输入银行卡号和密码",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn recovering_with_your_own_phrase_on_a_wallets_screen_is_not_asked_for() {
    for text in [
        "Forgot your PIN? Reset and recover your Bitkit wallet with your recovery phrase.",
        "This will remove your wallet from this device along with your recovery phrase.",
        "If you lose your phone, you can only access your keys with your seed phrase.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // After an alarm, at a link or under pressure, the same words ask for the phrase.
    for text in [
        "Your wallet has been locked. Recover it with your seed phrase.",
        "Restore your wallet with your recovery phrase at https://x.example",
        "Secure your funds immediately with your backup phrase: https://x.example",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_question_about_a_secret_is_not_one_for_it() {
    // An FAQ's question about what the secret is for.
    for text in [
        "What is the purpose of the private key in a Bitcoin transaction",
        "¿Cuál es el papel de la frase de contraseña?",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A question for the secret, or for part of it, still asks.
    for text in [
        "What is your private key?",
        "What is the last word of your recovery phrase?",
        "¿Cuál es su contraseña?",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_claim_in_the_same_sentence_gives_an_entry_cue_its_context() {
    // As a claim in the sentence before does ("我是支付宝客服。请输入验证码").
    assert!(requests("我是支付宝客服，请输入验证码"));
    assert!(requests("我是支付宝客服，我们需要您的密码才能继续"));
    assert!(!requests("请输入验证码"));
}

#[test]
fn traditional_text_reads_as_its_simplified_form() {
    // Every Traditional form of a character the rules and terms use folds: "繼續" is "继续".
    assert!(!requests("為了您的安全，我們需要您的密碼才能繼續。"));
    assert!(!requests("沒有必要提供驗證碼"));
    assert!(requests("我是支付寶客服。我們需要您的密碼才能辦理退款。"));
    // The reply is 回覆 in Traditional; its 回復 is "restore", which asks for nothing.
    assert!(requests("收到後請回覆驗證碼。"));
    assert!(!requests("從私鑰回復錢包"));
    // 帐 is the Simplified variant of 账 (帐号, 帐户): the same terms, and still Simplified.
    assert_eq!(secrets("请提供您的银行帐号"), [S::BankAccount]);
    assert_eq!(detect_language("查看帐单"), Language::ZhHans);
}

#[test]
fn confirming_a_password_or_pin_with_nothing_around_it_is_a_forms_check() {
    // A form re-checking what was typed or set ("Confirm your Signal PIN").
    for text in [
        "Please confirm your password.",
        "Confirm your Signal PIN",
        "Double confirm the PIN code you've entered.",
        "Por favor, confirme su contraseña.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Asked of the reader, around a link, a claim or an alarm, or of what a lure's page
    // collects (credentials, a recovery phrase, a code), it still asks.
    for text in [
        "Can you confirm your mother's maiden name and your online banking passcode?",
        "Please confirm your password at http://a.example/login",
        "This is Chase fraud prevention. Please confirm your PIN.",
        "Your account has been suspended. Please confirm your password.",
        "Your mailbox is full. Confirm your password to keep receiving mail.",
        "Confirm your PIN to avoid suspension of your card.",
        "Westpac Alert: We need to verify your credentials:",
        "Please verify your recovery phrase. https://a.example/v",
        "Confirm the 6 digit numerical code to stop the password reset.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn completing_a_secret_on_a_page_or_a_required_document_copy_is_asked_for() {
    for text in [
        "citi bank: Please visit here and complete your debit pin again: https://a.example/x",
        "Your shipment is on hold. To release it, we require a copy of your passport or driver's license.",
    ] {
        assert!(requests(text), "{text}");
    }
    // "complete your" completes what it names; a payment is no secret.
    for text in [
        "Complete your payment at https://a.example/pay to avoid suspension of your driver's licence.",
        "Please complete your profile.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn spanish_payment_data_named_then_updated_is_asked_for_again() {
    for text in [
        "No hemos podido tramitar la ayuda de 200 euros a tu cuenta bancaria. Debido a la falta de información de pago actualice desde aquí:",
        "Pago de 945 EURO fallido por falta de actualización de datos bancarios, actualice inmediatamente.",
        "Error con tu informacion de pago. Si no actualiza su cuenta en 24 horas la suspendemos.",
    ] {
        assert!(requests(text), "{text}");
    }
    // Updating something else, or with no payment data named, asks for nothing.
    for text in [
        "Actualice la aplicación para usar las nuevas funciones.",
        "Sus datos de pago se han guardado correctamente.",
    ] {
        assert!(!requests(text), "{text}");
    }
}

#[test]
fn a_spanish_product_disabled_for_a_security_cause_and_reactivated_on_a_link_is_a_lure() {
    assert!(requests(
        "Banclombia le informa que por un riesgo inusual se ha desactivado su producto terminado en 1234, actívelo aquí: https://a.example/x"
    ));
    // Without the cause it is a service's own notice.
    assert!(!requests(
        "Se ha desactivado su producto terminado en 1234."
    ));
}

#[test]
fn an_sms_wrapped_in_title_case_lines_is_read_as_its_sentences() {
    // "has been⏎Blocked!": the alarm is one sentence, so the demand after it is a lure's.
    let text = "BDO Advisory:\nYour Account has been\nBlocked!\nWe need to verify your account\nto continue our services.\nClick Here to Verify :";
    assert!(requests(text));
}

#[test]
fn a_word_order_quiz_on_the_screen_is_the_wallets_own_backup_check() {
    for text in [
        "Tap each word in the correct order to verify your recovery phrase",
        "Fill in the blank fields with the words to verify your Seed Phrase backup",
        "Select the words below in the correct order to validate your seed phrase.",
        // A check of the phrase with nothing around it is a screen's step too.
        "Verify your recovery phrase.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // At a link, under a threat or from a claimed sender, the same words are a lure's.
    for text in [
        "Verify your recovery phrase in the correct order at https://ledger-check.example/v",
        "Your wallet will be suspended. Verify your recovery phrase: select each word in the correct order.",
        "Verify your recovery phrase. Failure to do so will result in the suspension of your wallet.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_bare_chinese_provide_of_a_log_ins_secret_is_a_forms_prompt_as_the_english_one_is() {
    for text in [
        "请提供您的密码。",
        "必须提供密码！",
        "需要您的主密码。",
        "Please provide your password.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Asked of the reader, around a claim or a link, or of a secret beyond a log-in's own, it
    // is a demand.
    for text in [
        "你需要提供你收到的验证码，然后我们帮你锁定账户。",
        "我是支付宝客服，请提供您的验证码。",
        "请提供您的密码：https://a.example/x",
        "请提供你的助记词。",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn an_address_in_the_readers_own_network_is_no_lures_link() {
    // A router's setup page: no lure sends anyone to a private or loopback address.
    for text in [
        "Open http://192.168.0.1/ and enter your password.",
        "打开 http://192.168.1.1 后输入密码以进入配置界面。",
        "Go to http://localhost:8080/setup and enter your password.",
    ] {
        assert!(!requests(text), "{text}");
        assert!(!kinds(text).contains(&K::LinkOrAppInstall), "{text}");
    }
    // A public address, or a host name, is a link as ever.
    for text in [
        "Open http://192.169.0.1/ and enter your password.",
        "Open http://172.32.0.1/ and enter your password.",
        "Open http://router.example/ and enter your password.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_code_entered_to_confirm_the_readers_phone_or_email_is_a_forms_step() {
    for text in [
        "To confirm your phone number, enter the code.",
        "Enter the code below to verify your mobile phone number",
        "Verify your e-mail with the code below and set your password.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Around an alarm or a link, or with a reply asked for, it is a lure's.
    for text in [
        "Your Google account has been blocked. Reply with your six-digit security code to confirm your phone number.",
        "To confirm your phone number, enter the code at https://a.example/x",
        "To confirm your phone number, please tell me the code.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn what_the_reader_will_need_or_need_not_enter_is_no_demand() {
    for text in [
        "You will need the password to decrypt the backup.",
        "You’ll also need the backup password printed on the back of the card.",
        "It syncs your contacts without the need for you to enter your private key.",
        "{databasename} 密码库中的密码没有上传到云端！",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The speaker's own need is a demand.
    for text in [
        "We will need the code you received.",
        "We'll need your code.",
        "I will need the code that was sent to you.",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn sending_assets_zaps_or_encrypted_messages_is_what_the_secret_unlocks() {
    for text in [
        "You need to import this wallet via recovery phrase to send assets.",
        "Login with a Private key to be able to send zaps",
        "Enter your E2EE password to view and send encrypted messages.",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert!(requests("Send your recovery phrase to unlock your assets."));
}

#[test]
fn a_cue_when_the_reader_is_prompted_describes_the_prompt() {
    for text in [
        "Download vault config in the background while prompted to enter the password or biometric auth",
        "提示输入密码或生物识别认证时后台下载保险库配置",
        "在提示輸入密碼或生物識別身份驗證時在後台下載保險庫配置",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Following the prompts is an instruction, not a moment.
    assert!(requests("我是客服，请按提示输入验证码。"));
}

#[test]
fn quick_as_ease_is_no_urgency() {
    for text in [
        "Quick and easy login",
        "Log in quickly and easily across devices",
        "WebAuthn allows you to use trusted devices to sign in quickly and more securely.",
    ] {
        assert!(!requests(text), "{text}");
        assert!(!kinds(text).contains(&K::UrgencyOrThreat), "{text}");
    }
    // A demand to be quick is.
    for text in [
        "Quick action needed: verify your account.",
        "If the same is incorrect, quickly follow the link below to update your bank record.",
        "Tell me the code you received, quick.",
    ] {
        assert!(kinds(text).contains(&K::UrgencyOrThreat), "{text}");
    }
}

#[test]
fn the_products_later_prompt_and_the_secret_you_enter_describe_a_step() {
    for text in [
        "But for additional security, monerujo will still require you to enter password when viewing wallet details.",
        "The app will ask you to enter your PIN.",
        "The password you enter here allows you to revoke your ID at https://myid.example/revoke in case you lose it",
    ] {
        assert!(!requests(text), "{text}");
    }
    for text in [
        "We will require you to enter your PIN.",
        "Enter the password you chose at https://a.example/x",
    ] {
        assert!(requests(text), "{text}");
    }
}

#[test]
fn a_chinese_login_name_or_form_is_a_noun_and_the_forms_prompt_is_its_own() {
    for text in [
        "它使用网站、登录名和主密码计算唯一密码。",
        "登录表单要求您输入主密码。",
    ] {
        assert!(!requests(text), "{text}");
    }
    assert!(requests("我是客服，请登录后把密码告诉我。"));
}

#[test]
fn a_step_to_proceed_is_the_screens_as_one_to_continue_is() {
    assert!(!requests(
        "Please provide your password or recovery phrase for each wallet to proceed."
    ));
    // At a link it is a lure's.
    assert!(requests(
        "Please provide your recovery phrase at https://station-migrate.example to proceed."
    ));
}

#[test]
fn what_a_secret_enables_and_a_products_autofill_are_no_demand() {
    for text in [
        "You are using a public key and public keys are read-only. Login with a Private key to be able to upload",
        "Inicia sesión con una clave privada para poder subir contenido.",
        "您正在使用公钥以只读方式登录，需要使用私钥登录才能上传。",
        "安装我们的浏览器扩展，在不同的页面上自动填写KeeWeb的密码。",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A caller's step stays a demand.
    assert!(requests("我是客服，请输入验证码以便我们为您退款。"));
}

#[test]
fn a_spanish_formal_plural_confirm_asks_as_the_singular_does() {
    assert!(requests("Confirme sus credenciales en https://a.example/x"));
    assert!(requests("Confirme su contraseña en https://a.example/x"));
}

#[test]
fn a_loss_to_avert_after_a_link_presses_the_log_in_before_it() {
    let text = "Important upgrade on your Mobile Account, kindly follow the link below.\nhttps://sms-link.example/x\nFailure to comply might lead to suspension";
    assert!(requests(text));
    // The request sits on the threat that pressed it.
    let threat = scan(text)
        .into_iter()
        .find(|i| i.kind == K::CredentialRequest)
        .map(|i| &text[i.start..i.end]);
    assert_eq!(threat, Some("lead to suspension"));
    // Without the threat, following a link is how a service's own notices end.
    assert!(!requests(
        "Important upgrade on your Mobile Account, kindly follow the link below.\nhttps://sms-link.example/x"
    ));
    // A loss merely stated after a service's own link presses nothing.
    assert!(!requests(
        "If this was a mistake, please click here to recover your account. After 7 days, your data will be permanently deleted."
    ));
}

#[test]
fn a_monero_transaction_key_proves_a_payment_and_is_no_private_key() {
    for text in [
        "如有纠纷，你须向调解员或仲裁员提供下列资料：\n\n- Tx私钥\n- 交易哈希",
        "In case of a dispute you must provide the mediator with the following: the tx private key, the transaction hash.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // A wallet's own private key stays a secret.
    assert!(requests("如有纠纷，你须向客服提供下列资料：\n\n- 钱包私钥"));
}

#[test]
fn what_a_secret_allows_the_reader_to_do_is_no_demand() {
    for text in [
        "This seed will allow you to recover your wallet in case of computer failure.",
        "Your recovery phrase allows you to restore your wallet in case of loss of password.",
        "Your mobile phone can be used to enable two-factor authentication, helping to secure your wallet from unauthorized access.",
    ] {
        assert!(!requests(text), "{text}");
    }
    // Told to do it, with a link, it is a lure's.
    assert!(requests(
        "Due to an update, you need to unlock your wallet. Please visit: https://ledger-support.example/x"
    ));
}

#[test]
fn a_chinese_password_vault_is_no_password() {
    for text in [
        "要管理您的高级版订阅，您需要在计算机上登录到您的网页密码库。",
        "密码仓库可以填写登录表单,甚至可以保存您在应用程序或网站上输入的凭据",
    ] {
        assert!(!requests(text), "{text}");
    }
    // The vault's password is one.
    assert!(requests("我是客服，请把您密码库的主密码告诉我。"));
}

#[test]
fn someone_elses_secret_in_a_products_policy_is_not_the_readers() {
    assert!(!requests(
        "Every user is required to provide a copy of their private key and passphrase during setup."
    ));
    // The reader's own is still asked for.
    assert!(requests(
        "You are required to provide a copy of your private key at https://a.example/x"
    ));
}

#[test]
fn a_log_in_word_inside_a_secrets_name_is_no_cue() {
    assert!(!requests(
        "Your account will be permanently deleted along with all your data, login credentials, and subscription information."
    ));
    // Named by a cue of its own, the secret is asked for.
    assert!(requests(
        "Your account will be permanently deleted. Send us your login credentials to stop it."
    ));
}

#[test]
fn logging_in_to_restore_the_readers_data_is_a_products_own_step() {
    assert!(!requests(
        "You need to login to restore attachments from a backup file. Continue without attachments?"
    ));
    // Logging in to restore access is the lure's purpose.
    assert!(requests("Please log in to restore access to your account."));
}

#[test]
fn a_spanish_key_named_with_an_indefinite_article_is_one_to_choose() {
    assert!(!requests("Necesito una clave de acceso"));
    // The reader's own is asked for.
    assert!(requests("Necesito su clave de acceso, dígamela ahora."));
}

#[test]
fn a_chinese_new_password_with_de_is_one_to_choose() {
    assert!(!requests(
        "您已请求重置密码。请点击这个链接来输入新的密码。"
    ));
    // The current one is asked for.
    assert!(requests(
        "请点击这个链接，输入您的登录密码。https://a.example/x"
    ));
}

#[test]
fn a_wallets_demand_alone_is_its_own_screen_and_a_later_link_makes_it_the_lures() {
    // A wallet app's own steps, with nothing around them.
    assert!(!requests("Unlock your wallet using PIN."));
    assert!(!requests("Upgrade wallet to latest format on startup"));
    assert!(!requests("Verify your recovery phrase"));
    assert!(!requests("Now confirm your recovery phrase."));
    // A link in the next sentence makes the demand the lure's; the request sits on the link.
    let text = "Due to an update, you need to unlock your wallet. Please visit : https://sms-link.example/x";
    let got: Vec<(Option<S>, &str)> = scan(text)
        .into_iter()
        .filter(|i| i.kind == K::CredentialRequest)
        .map(|i| (i.secret, &text[i.start..i.end]))
        .collect();
    assert_eq!(got, [(Some(S::SeedPhrase), "https://sms-link.example/x")]);
    assert!(requests(
        "Confirm your recovery phrase. Visit https://a.example/x"
    ));
    // A threat however many sentences before, or words urging it, press it too.
    assert!(requests(
        "Your wallet access is temporarily suspended! We are writing to inform you of a high risk to your wallet. Please read on. To protect your assets, we recommend that you upgrade your wallet before December 13."
    ));
    assert!(requests(
        "It is crucial that you upgrade your wallet before February 26th."
    ));
    // No screen doubts its own check or says what skipping it costs.
    assert!(requests(
        "Please verify if your recovery phrase has been affected."
    ));
    assert!(requests(
        "If you don't verify your secret phrase then our system will assume that your 12 words are available for new customers."
    ));
    // Restoring as a purpose is not held: a help link after it presses nothing.
    assert!(!requests(
        "Use these words to restore your wallet at a later time. Learn more at https://help.example.com"
    ));
    // Streamed in pieces, the held demand is reported as in one pass.
    let (a, b) = text.split_at(30);
    let mut s = StreamScanner::new();
    let mut streamed = s.push(a);
    streamed.extend(s.push(b));
    streamed.extend(s.finish());
    assert_eq!(streamed, callguard::scan::scan(text));
}

#[test]
fn confirming_ones_identity_after_an_account_alarm_is_the_accounts_log_in() {
    assert!(requests(
        "We have detected suspicious log-in activity on your account. Enter 3___5 to confirm your identity now"
    ));
    // A product's own re-check, with nothing around it, asks nothing.
    assert!(!requests(
        "Please re-enter your master password to verify your identity."
    ));
}

#[test]
fn what_others_may_do_in_spanish_is_a_description_as_what_the_reader_may_do_is() {
    assert!(!requests(
        "Solo las personas con el enlace y la contraseña pueden acceder a %1$s."
    ));
    assert!(!requests(
        "Las semillas BIP39 se pueden importar en Electrum, de forma que los usuarios pueden acceder a fondos bloqueados en otras billeteras."
    ));
}

#[test]
fn recent_changes_or_maintenance_are_a_lures_pretext_as_a_server_upgrade_is() {
    assert!(requests(
        "Following the maintenance we require you to verify your 2FA information to keep your account secure. Please visit https://sms-link.example/x to do so."
    ));
    assert!(requests(
        "Debido a cambios recientes en nuestra plataforma debe actualizar sus datos en el siguiente enlace: https://sms-link.example/x"
    ));
    // Without the pretext, updating one's details on a page is a service's own notice.
    assert!(!requests(
        "Debe actualizar sus datos en el siguiente enlace: https://sms-link.example/x"
    ));
}

#[test]
fn confirming_ones_identity_to_continue_with_nothing_around_it_is_a_screens_step() {
    assert!(!requests("Confirm your identity to continue"));
    assert!(requests("Please confirm your identity here"));
    assert!(requests(
        "Your account has been suspended. Please confirm your identity to continue."
    ));
}

#[test]
fn a_vault_or_screen_that_locked_itself_is_a_state_not_a_threat() {
    assert!(kinds("Your vault is locked.").is_empty());
    assert!(!requests(
        "Your vault is locked. Verify your PIN code to continue."
    ));
    // An account locked is still the threat that presses a log-in.
    assert!(kinds("Your account is locked.").contains(&K::UrgencyOrThreat));
    assert!(requests(
        "Your account is locked. Verify your PIN code to continue."
    ));
}

#[test]
fn key_in_is_a_cue_only_as_the_verb() {
    assert!(!requests(
        "Private key file '%s' contains key in deprecated SSH-1 format."
    ));
    assert!(!requests(
        "I’ve backed recovery phrase to my Master Key in a private and secure place"
    ));
    assert!(requests("Key in your PIN now."));
    assert!(requests("Kindly key in your password at https://a.example"));
}

#[test]
fn a_login_naming_a_part_of_the_service_is_a_noun() {
    assert!(!requests(
        "Local login system has been disabled for non-privileged accounts."
    ));
    assert!(!requests(
        "This passkey will be permanently deleted as a login method. Make sure you’ve backed up your wallet."
    ));
    // Failed log-in attempts still make the alarm that a log-in on a link restores.
    assert!(requests(
        "You account has been temporarily suspended due to 3 incorrect login attempts. Visit the secure link to recover."
    ));
}

#[test]
fn being_able_to_log_in_in_spanish_is_a_description() {
    assert!(!requests(
        "Puede desbloquear las direcciones IP que están actualmente bloqueadas para que puedan iniciar sesión nuevamente en caso de que hayan sido marcadas falsamente y necesiten poder iniciar sesión nuevamente."
    ));
}

#[test]
fn restoring_that_completes_able_or_help_is_no_purpose() {
    // What the reader can do, or what the sender will help with, is no page to go to.
    assert!(!requests(
        "This file will be permanently deleted. Make sure you have written down the recovery phrases as you won’t be able to restore the wallets otherwise."
    ));
    assert!(!requests(
        "If you have trouble signing into your account, email us and we will work with you to restore access as soon as possible."
    ));
    assert!(!requests(
        "Please save these words on paper. This seed will allow you to recover your wallet in case of computer failure."
    ));
    assert!(!requests(
        "Your account will be permanently deleted after 30 days. In the meantime, if you log in again, your account deletion will be cancelled."
    ));
    assert!(!requests(
        "Please backup your secret recovery phrase before you delete your wallet. This mnemonic can help you to restore your wallet next time."
    ));
    // Sent to a link to restore access after an alarm, the reader still logs in there.
    assert_eq!(
        secrets("Your account has been locked. Click the link below to restore access: https://a.example/r"),
        vec![S::Password]
    );
    assert!(requests(
        "Your account has been locked. We are here to help you. Visit https://a.example/r to restore your access."
    ));
}

#[test]
fn a_disabled_or_deactivated_account_with_a_link_is_an_alarm() {
    assert_eq!(
        secrets("Your account has been disabled. Please follow the prompts at https://a.example/r to restore your access."),
        vec![S::Password]
    );
    assert_eq!(
        secrets("Alert Your NatWest Bank card has been temporarily deactivated. Activate with link below https://a.example/r"),
        vec![S::CardNumber]
    );
    // A service's own notice, with no link, stays one.
    assert!(!requests(
        "Two-factor authentication has been disabled for your account."
    ));
}

#[test]
fn advice_to_back_up_a_recovery_phrase_is_no_demand() {
    assert!(!requests(
        "We strongly encourage you to back up your recovery phrase by writing it down and storing it in a secure location."
    ));
    // Advice with a link to a page that takes the phrase is a lure's.
    assert!(requests(
        "We strongly encourage you to back up your recovery phrase at https://a.example/r before your wallet is suspended."
    ));
}

#[test]
fn reading_a_document_is_not_reading_out_a_secret() {
    assert!(!requests(
        "The PIN is based on the Throttled Identity Protocol, read the document to learn more."
    ));
    assert!(!requests(
        "Please read the following carefully before viewing your recovery phrase."
    ));
    assert_eq!(
        secrets("Read the code to me, the one we just sent."),
        vec![S::VerificationCode]
    );
}

#[test]
fn a_hyphenated_qr_code_is_no_secret() {
    assert!(!requests(
        "Insert the key, add a configuration file or scan the QR-code"
    ));
    assert_eq!(
        kinds("Scan the QR-code to download the app"),
        vec![K::LinkOrAppInstall]
    );
}

#[test]
fn account_details_are_bank_details() {
    assert_eq!(
        secrets("To receive your loan, click on the link https://a.example/r and provide your Corporate account details to receive your funds."),
        vec![S::BankAccount]
    );
    assert!(!requests("You can view your account details in the app."));
}

#[test]
fn sharing_with_others_under_if_is_a_warning() {
    assert!(!requests(
        "If you share the Secret Recovery Phrase to others, your assets will be stolen!"
    ));
    assert!(!requests(
        "If you share your code with other people, they can log in as you."
    ));
}

#[test]
fn sending_to_a_user_is_an_administrators_action() {
    assert!(!requests("Send account information to the user"));
    assert!(!requests(
        "Send by email a new temporary password to the user"
    ));
    assert!(!requests(
        "Copy the link below and send it to the user so the password can be set."
    ));
    assert!(!requests("Send Account Recovery Email"));
    // An address is no user of the service.
    assert!(requests(
        "Please send us your credit card details to user@example.com to renew the contract."
    ));
    assert!(requests("Send me your password"));
}

#[test]
fn a_lock_out_for_failed_log_in_attempts_asks_only_with_a_place_to_go() {
    assert!(!requests(
        "Account is temporarily locked due to too many failed login attempts. Please try again later."
    ));
    assert!(!requests(
        "Your account has been temporarily locked after 5 failed login attempts, most recently from IP 203.0.113.7."
    ));
    // A link in the next sentence makes it the lure's.
    assert_eq!(
        secrets("Your account has been locked due to failed login attempts. Tap on https://a.example/r to reinstate your profile."),
        vec![S::Password]
    );
    assert!(requests(
        "Your account has been locked due to failed login attempts. Visit the secure link to recover."
    ));
}

#[test]
fn an_incorrect_entry_is_a_report() {
    assert!(!requests(
        "警告：VeraCrypt 不能回復原始鍵盤配置。這可能導致您輸入不正確的密碼。"
    ));
    assert!(requests(
        "我是支付宝客服，请在链接中输入您的密码 https://a.example/x"
    ));
}

#[test]
fn an_app_named_as_the_codes_source_does_not_excuse_a_threatening_link() {
    assert_eq!(
        secrets("Your account will be suspended. Enter the code from your authenticator app at https://a.example/x"),
        vec![S::VerificationCode]
    );
    assert!(requests(
        "Enter the code from your authenticator app at https://a.example/x now or your account will be closed."
    ));
    // Without a threat it is the service's own prompt.
    assert!(!requests(
        "Enter the code from your authenticator app at https://a.example/x to finish the setup."
    ));
}

#[test]
fn a_clause_of_the_moment_of_entry_describes_it() {
    assert!(!requests("在输入密码的时候计算机看起来就像被冻结的一样。"));
    assert!(!requests("計算機在輸入密碼的時候看起來就像被凍結一樣。"));
    // What follows the entry is described as well.
    assert!(!requests(
        "當您輸入密碼並打開文件後，該文件的當前密碼將被重置。"
    ));
    assert!(!requests(
        "在您输入正确密码之后，加密卷将会以您选择的盘符加载。"
    ));
    // A request ("请…") with a time in it still asks; so does the request beside the clause.
    assert!(requests("请在链接中输入验证码之后点击确认"));
    assert!(requests("请您在链接中输入验证码的时候不要挂断"));
    assert!(requests(
        "请在链接中输入您的密码，在输入的时候不要挂断 https://a.example/x"
    ));
    assert!(requests("在链接中输入您的密码 https://a.example/x"));
}

#[test]
fn recovering_a_password_is_the_readers_own_step() {
    assert!(!requests("Click here to recover your password"));
    assert!(!requests(
        "Forgot your password? Recover your password here."
    ));
    // A wallet recovered with its phrase is still asked for.
    assert_eq!(
        secrets("Recover your wallet with your seed phrase here: https://a.example/x"),
        vec![S::SeedPhrase]
    );
}

#[test]
fn a_denied_warning_word_is_the_callers_pressure() {
    // "Don't hang up" and "we are no scammers" are what the caller says, not a warning.
    assert_eq!(
        secrets("请告诉我验证码，不要挂断电话"),
        vec![S::VerificationCode]
    );
    assert!(requests("我们不是骗子，请告诉我验证码"));
    assert!(requests("This is not a scam, just tell me the code"));
    // The warning itself still keeps its sentence out.
    assert!(!requests("如遇索要验证码，请立即挂断"));
    assert!(!requests(
        "This is a scam: they ask you to tell them the code"
    ));
}

#[test]
fn a_spanish_caller_speaks_in_the_familiar_form_too() {
    assert_eq!(
        secrets("Dime el código, no cuelgues"),
        vec![S::VerificationCode]
    );
    assert!(requests("Facilítame el código que te llegó"));
    assert!(requests("Indíqueme su clave de acceso"));
}

#[test]
fn a_caller_points_to_this_page_and_asks_it_typed_in() {
    assert_eq!(secrets("请在这个页面输入银行卡密码"), vec![S::Password]);
    assert!(requests("把支付密码输进去就可以了"));
    assert!(requests("¿Me puede decir el código que le llegó?"));
    assert!(requests("¿Me puedes leer el código?"));
}

#[test]
fn a_drainers_words_for_the_recovery_phrase_are_heard() {
    assert_eq!(secrets("Please read me your 12 words"), vec![S::SeedPhrase]);
    assert!(requests("你把十二个单词念给我"));
    assert!(requests(
        "Your wallet is out of sync. Sync your wallet here https://a.example/x"
    ));
    // A wallet's own backup step asks nothing.
    assert!(!requests("Write down your 12 words"));
}

#[test]
fn others_steps_and_a_links_own_password_are_described() {
    assert!(!requests(
        "邀请链接将发送给新用户。他们可以输入他们的密码。"
    ));
    assert!(!requests("用户需要提供密码"));
    assert!(!requests("公共链接只有在输入密码后才能访问。"));
    assert!(!requests("请输入邀请链接的密码（若有设定）。"));
    assert!(!requests("查看共享给我的密码"));
    // The reader asked, and a link to go to, still are.
    assert!(requests("您需要提供密码才能解冻账户"));
    assert!(requests("点击链接输入您的密码 https://a.example/x"));
    assert!(requests("把密码发给我的客服"));
}

#[test]
fn a_spanish_caller_asks_the_code_dictated() {
    assert_eq!(
        secrets("Le vamos a enviar un código, por favor díctemelo."),
        vec![S::VerificationCode]
    );
    assert!(requests("Dígame los números que le acaban de llegar"));
}

#[test]
fn a_code_given_to_the_reader_is_no_request() {
    assert!(!requests(
        "Cuando se te solicite un código de verificación, utiliza el que se te proporcione aquí."
    ));
    assert!(requests(
        "Proporcione el código de verificación que le enviamos"
    ));
}

#[test]
fn a_wallet_secret_sent_to_an_address_or_validated_on_a_form_is_asked() {
    assert_eq!(secrets("请把您的私钥发到这个邮箱"), vec![S::PrivateKey]);
    assert!(requests(
        "Para validar su billetera, ingrese sus 12 palabras en el siguiente formulario"
    ));
    // A code the message says was sent is no request.
    assert!(!requests("验证码已发到您的手机，请查收"));
}

#[test]
fn a_code_kept_ready_for_the_senders_call_is_for_that_caller() {
    // The call announced in the same sentence, or in the one before or after.
    assert_eq!(
        secrets("Please have your verification code ready when our agent calls you."),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("Please have your verification code ready. Our agent will call you shortly."),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("Our agent will call you in 5 minutes. Please keep your one-time code handy."),
        vec![S::VerificationCode]
    );
    assert_eq!(
        secrets("请准备好您的验证码，我们的客服稍后会给您打电话。"),
        vec![S::VerificationCode]
    );
    assert!(requests(
        "Tenga a mano su código de verificación, un agente le llamará en unos minutos."
    ));
    // Ready for a call the reader makes, cards and account numbers, a call that says it will
    // never ask, a code read out by the service's own call: none is asked for.
    assert!(!requests("Please have your PIN ready when you call us."));
    assert!(!requests(
        "Please have your account number ready. Our advisor will call you tomorrow."
    ));
    assert!(!requests(
        "Our agents will never call you to ask for your code."
    ));
    assert!(!requests("We will call you with your verification code."));
    assert!(!requests("Please have your verification code ready."));
}

#[test]
fn a_secret_handed_to_the_callers_colleague_is_asked_for() {
    assert_eq!(
        secrets("When the agent calls, read him the code we just sent you."),
        vec![S::VerificationCode]
    );
    assert!(requests("Give the agent the code we sent you."));
    assert!(requests(
        "Please give the agent the verification code when he calls."
    ));
    assert_eq!(
        secrets("客服来电时请把验证码告诉他。"),
        vec![S::VerificationCode]
    );
    assert!(requests(
        "Cuando el agente le llame, dígale el código que le enviamos."
    ));
    // A warning about the same colleague still keeps its sentence out.
    assert!(!requests(
        "Never tell the agent your PIN, even if he calls from our number."
    ));
    assert!(!requests("不要把验证码告诉他，我们的客服不会索要验证码。"));
}

#[test]
fn a_qr_code_scanned_into_an_authenticator_app_enrols_it() {
    // Two-factor enrolment: the QR code goes into the reader's own authenticator, and the code
    // it shows is typed into the service's own form.
    assert!(!requests(
        "Scan the QR code with your authenticator app and enter the code it shows."
    ));
    assert!(!requests("在 TOTP 应用中扫描二维码，并在此处输入验证码"));
    assert!(!requests(
        "Scan the QR code below with your authenticator app. If your app does not support QR \
         codes, enter the secret key manually. Once configured, enter the 6-digit code to \
         confirm the setup."
    ));
    // A QR code with no authenticator is the sender's, and asking for the code still asks.
    assert!(requests("请扫描这个二维码，然后输入您收到的验证码。"));
    assert!(requests(
        "Scan this QR code and enter your verification code."
    ));
    assert_eq!(
        secrets("用身份验证器扫描二维码后，请告诉我验证码。"),
        vec![S::VerificationCode]
    );
}

#[test]
fn chinese_callers_ask_in_the_ways_the_second_teleantifraud_set_shows() {
    // Checking the reader's details names what it wants checked.
    assert_eq!(
        secrets("为了激活这项服务，我们需要验证一下你的个人信息，比如姓名、身份证号和银行账号。"),
        vec![S::IdNumber, S::BankAccount]
    );
    // Part of a credit card.
    assert_eq!(
        secrets("为了确认您的身份，我需要您提供一下信用卡的后四位数字。"),
        vec![S::CardNumber]
    );
    // Prepared, then handed to the speaker.
    assert_eq!(
        secrets("你只需要准备好法人身份证，然后扫描或拍照发给我。"),
        vec![S::IdNumber]
    );
    assert!(requests(
        "你只要下载我们的APP，注册账号，上传一些证件照片，我们就会马上审核。"
    ));
    // Still not asked: preparing alone, the money in a card, a code the sender will send,
    // a question about logging in before.
    assert!(!requests("请准备好身份证和银行卡。"));
    assert!(!requests(
        "我们需要您提供一个安全账户，将您银行卡里的资金暂时转移到这里。"
    ));
    assert!(!requests(
        "您需要提供一下您的手机号码，以便我们发送验证码。"
    ));
    assert!(!requests(
        "我们发现你的账户有异常活动，你最近有没有在不熟悉的网站上登录过？"
    ));
}
