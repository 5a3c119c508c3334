//! The lexicons: folded terms (Simplified Chinese, lower-case Latin without accents) for
//! zh-Hans, zh-Hant (through folding), en and es, each with the roles it plays in the rules.
//!
//! Terms are grouped by role, not by language: a secret (and its kind), a request cue, a
//! negation, a warning, a destination supplied by the caller, an indicator of another kind….
//! [`super::Scanner`] compiles all of them into one Aho-Corasick automaton.

use super::{IndicatorKind, SecretKind};

/// The role a lexicon term plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Names a secret.
    Secret(SecretKind),
    /// Paraphrases a secret ("那串数字", "the six digits"): counts only with a direct cue.
    Para(SecretKind),
    /// Pinyin initials of a secret (`yzm`, `mm`): only in sentences with CJK text.
    Pinyin(SecretKind),
    /// Tell / read out / send / reply to the speaker.
    Tell,
    /// Asks what the secret is ("是多少", "what's your").
    Ask,
    /// Provide / we need / confirm.
    Provide,
    /// The speaker's purpose ("so I can", "我帮你"): a weak cue, void if the sentence negates.
    Purpose,
    /// Enter / fill in / upload / type (needs a caller-supplied destination or a live call).
    Input,
    /// Upload (a document or photo): hands it over wherever it goes, except official places.
    Upload,
    /// Log in (with a password) on something.
    Login,
    /// Let the speaker see it (screen share, photo).
    Show,
    /// Negation: vetoes cues and secrets to the end of its clause.
    Neg,
    /// A scam warning: vetoes the sentence.
    Warn,
    /// Third-party narrative, victim question or conditional: vetoes the sentence.
    Narr,
    /// Reset / change / forgot right before a secret: the secret is not being asked for.
    Manage,
    /// Official app, this screen, ATM, branch: a destination of one's own.
    Official,
    /// A bare "app" (official unless something was downloaded).
    AppRef,
    /// Doing it oneself ("自己", "yourself").
    SelfDo,
    /// Preparing or bringing documents (not handing them over).
    Prepare,
    /// A destination the caller supplied: link, "the page I sent".
    Dest,
    /// Download / install: the app in question was pushed by the caller.
    Download,
    /// A pronoun standing for a secret named in the previous sentence.
    Pronoun,
    /// Another indicator kind.
    Ind(IndicatorKind),
    /// Weak secrecy ("don't tell anyone"): void when the sentence names a secret (a warning).
    WeakSecrecy,
    /// Claims an identity ("我是", "this is"): turns a provider name into a claim.
    Claim,
    /// A generic impersonation ("银行客服", "fraud department").
    GenericClaim,
    /// A provider's name, by index into the scanner's provider ids.
    Provider(u16),
    /// A word that contains a negation character without negating ("特别", "别的").
    NegBlock,
    /// A code that is no secret ("promo code", "二维码"): cancels secret terms inside it.
    NotSecret,
    /// "Need / all it takes is": a cue only when a secret follows right after it.
    NeedObj,
    /// A phrase that contains a cue without requesting ("告诉我一声" = let me know).
    CueBlock,
    /// The speaker supplies the code ("用这个验证码", "验证码我会告诉你").
    Supply,
    /// Registering a new account (the password is the user's own, set in the app).
    Register,
}

use IndicatorKind as K;
use SecretKind as S;
use Tag::*;

/// Every built-in term with its tags. Terms are written folded (see [`super::fold`]); they are
/// folded again at build time, so Traditional or accented spellings are fine too.
pub(crate) fn builtin() -> Vec<(&'static str, Tag)> {
    let mut v: Vec<(&'static str, Tag)> = Vec::with_capacity(1024);
    let mut add = |tag: Tag, terms: &[&'static str]| {
        for t in terms {
            v.push((t, tag));
        }
    };

    // ---- secrets ----
    add(
        Secret(S::VerificationCode),
        &[
            "验证码", "验正码", "验证马", "动态码", "校验码", "短信码", "动态口令", "动态密码",
            "授权码", "认证码", "确认码", "口令", "安全码验证", "otp", "one-time passcode",
            "one time passcode", "one-time password", "one time password", "one-time pin",
            "one time pin", "one-time code", "one time code", "verification code",
            "verification number", "login code", "log-in code", "sign-in code", "auth code",
            "authentication code", "authorization code", "access code", "confirmation code",
            "2fa code", "code", "codes", "codigo", "codigos", "codigo de verificacion",
            "codigo de acceso", "codigo de seguridad del sms", "clave dinamica", "token code",
        ],
    );
    add(
        Secret(S::Password),
        &[
            "密码", "登录密码", "支付密码", "网银密码", "交易密码", "查询密码", "银行卡密码",
            "邮箱密码", "网络银行密码", "账户密码", "password", "passwords", "passcode", "passwd", "pwd",
            "contrasena", "clave", "clave de acceso", "login details", "login credentials",
        ],
    );
    add(
        Secret(S::Pin),
        &[
            "pin", "pin码", "pin number", "pin code", "取款密码", "提款卡密码", "提款密码",
            "atm密码", "clave de la tarjeta", "clave de su tarjeta", "clave de tu tarjeta",
        ],
    );
    add(
        Secret(S::CardNumber),
        &[
            "卡号", "银行卡号", "信用卡号", "银行卡信息", "卡信息", "银行卡账号", "有效期",
            "有效期限", "银行卡", "信用卡信息", "支付信息", "card number", "card numbers",
            "card's number", "card no", "expiry date", "expiration date", "expiry",
            "numero de la tarjeta", "numero de tarjeta", "numero de su tarjeta",
            "fecha de vencimiento", "fecha de caducidad",
        ],
    );
    add(
        Secret(S::Cvv),
        &[
            "cvv", "cvn", "cvc", "cvv2", "安全码", "末三码", "背面三位", "背面的三位",
            "security code", "three-digit code", "numbers on the back", "digits on the back",
            "numeros de atras", "codigo de seguridad",
        ],
    );
    add(
        Secret(S::IdNumber),
        &[
            "身份证", "身份证号", "身份证号码", "身份证明", "身份证件", "身份证信息", "身分证",
            "身分证号", "身分证号码", "身分证字号", "证件号", "证件号码", "护照号", "ssn",
            "social security", "social security number", "id number", "passport number",
            "dni", "numero de dni", "national insurance number",
        ],
    );
    add(
        Secret(S::BankAccount),
        &[
            "银行账户", "银行账号", "退款账号", "退款账户", "银行账户信息", "收款账户信息",
            "account number", "account numbers", "routing number", "routing numbers",
            "account and routing numbers", "numero de cuenta", "iban",
        ],
    );
    add(
        Secret(S::OtherSecret),
        &[
            "账号信息", "助记词", "私钥", "密保问题", "密保答案", "seed phrase",
            "recovery phrase", "recovery seed phrase", "private key", "mnemonic",
            "security question", "security answer", "maiden name", "frase semilla",
            "pregunta de seguridad",
        ],
    );
    add(Pinyin(S::VerificationCode), &["yzm"]);
    add(Pinyin(S::Password), &["mm"]);
    add(Pinyin(S::IdNumber), &["sfz"]);
    add(Pinyin(S::CardNumber), &["yhk"]);
    add(
        Para(S::VerificationCode),
        &[
            "那串数字", "那串", "那组数字", "那组号码", "那个码", "一组数字", "令牌上的数字",
            "位数字", "那个数字", "那几个数字", "短信里的数字", "收到的数字", "digits",
            "the number we", "the number you", "a number", "the numbers", "digitos",
            "el numero que",
        ],
    );
    // Photos of a card's two faces reveal number and CVV.
    add(Secret(S::CardNumber), &["正反面", "front and back"]);

    // ---- request cues ----
    add(
        Tell,
        &[
            "告诉我", "告诉我们", "告诉他们", "告知我", "告知我们", "告诉一下", "告诉下",
            "报一下", "报下", "报给我", "报给", "报出", "报上来", "念给我", "念一下", "念出来",
            "念下", "念一次", "读给我", "读一下", "读出来", "读一遍", "读下", "发我", "发给我",
            "发过来", "发一下", "发下", "传给我", "传我", "传过来", "回复我", "回复给我",
            "直接回复", "回复", "回传", "复述", "核对", "说一下", "说给我", "说出来", "给我",
            "交给我", "交给我们", "发到我", "截图", "截屏", "拍给我", "tell me", "tell us",
            "tell it", "tell them", "read me", "read it", "read out", "read the", "read that",
            "read them", "read back", "aloud", "out loud", "send me", "send it", "send us",
            "send over", "text me", "text it", "text a photo", "forward it", "forward me",
            "forward the", "reply with", "reply to me", "give me", "give us", "spell out",
            "say the", "repeat the", "repeat it", "screenshot", "share it with me", "digame",
            "digamelo", "leame", "leamelo", "envieme", "enviame", "mandeme", "mandame",
            "paseme", "pasame", "repitame", "repitamelo", "reenvias", "reenvie", "reenviame",
            "deme", "dame", "en voz alta", "me lo",
        ],
    );
    add(
        Ask,
        &[
            "是多少", "多少号", "what's your", "whats your", "what is your", "what's the",
            "whats the", "what is the", "what are they", "what are the", "what was the",
            "cual es", "cuales son",
        ],
    );
    add(
        Provide,
        &[
            "提供", "需要你的", "需要您的", "要你的", "要您的", "需要你提供", "重新确认",
            "确认一下",
            "provide", "i need your", "need your", "i'll need", "i will need", "we need your",
            "we need the", "need the", "confirm your", "confirm the", "i need", "necesito",
            "confirmeme", "confirme su", "proporcione", "facilite", "facilitenos",
        ],
    );
    add(
        Purpose,
        &[
            "so i can", "so we can", "so that i can", "so that we can", "以便我们", "我帮你",
            "我帮您", "我这边", "我们这边", "para que podamos", "para que pueda yo",
        ],
    );
    add(
        Input,
        &[
            "输入", "填写", "填入", "填到", "填一下", "type", "enter", "fill in", "input",
            "paste", "key in", "ingrese", "introduzca", "escriba", "ingresa",
        ],
    );
    add(Upload, &["上传", "upload", "subir", "suba"]);
    add(
        Login,
        &[
            "登录", "登入", "登陆", "登一下", "登进去", "sign in", "log in", "login", "log into",
            "inicie sesion",
        ],
    );
    add(
        Show,
        &[
            "让我看", "我看一下", "我看看", "我看下", "给我看", "拍照发", "照片发", "let me see",
            "so i can see", "show me", "para que yo vea", "para que vea",
        ],
    );

    // ---- vetoes ----
    add(
        Neg,
        &[
            "不会", "不要", "不用", "不需要", "不必", "不能", "不可", "不得", "不该", "不应",
            "请勿", "切勿", "勿", "别", "千万别", "绝不", "决不", "从不", "从来不", "无需",
            "无须", "没有必要", "不给", "不说", "不告诉", "不透露", "拒绝", "not", "never",
            "don't", "dont", "do not", "won't", "will not", "wouldn't", "cannot", "can't",
            "shouldn't", "no one", "nobody", "no", "nunca", "nadie", "jamas", "ni",
        ],
    );
    add(
        Warn,
        &[
            "是诈骗", "为诈骗", "都是诈骗", "均为诈骗", "皆为诈骗", "就是诈骗", "属于诈骗",
            "防诈", "反诈", "防骗", "骗子", "诈骗手法", "常见诈骗", "小心诈骗", "谨防",
            "温馨提示", "提醒您", "挂断", "scam", "scams", "scammer", "scammers", "fraudster",
            "phishing", "estafa", "beware", "reminder",
        ],
    );
    add(
        Narr,
        &[
            "他让我", "他要我", "他叫我", "她让我", "她要我", "她叫我", "有人让我", "有人叫我",
            "有人要我", "打来叫我", "打来让我", "打来要我", "电话让我", "电话叫我", "对方让我",
            "对方要我", "那个电话", "差点", "幸好", "拦下", "这正常吗", "正常吗", "如果有人",
            "凡是", "如非本人", "told me to", "asked me to", "wants me to", "asked me for",
            "asking for", "asking you for", "a guy", "if someone", "if anyone", "if you didn't",
            "if this wasn't you", "is that normal", "is this normal", "should i", "almost",
            "lesson learned", "si alguien", "alguien le pide", "si no fue usted",
        ],
    );
    add(
        Manage,
        &[
            "修改", "重置", "忘记", "更换", "变更", "设置", "设定", "重设", "找回", "获取",
            "更改", "reset", "change", "forgot", "forget", "update", "set up", "restablecer",
            "cambiar", "olvido",
        ],
    );
    add(
        Official,
        &[
            "官方", "official", "本页面", "this screen", "esta pantalla", "下方", "atm",
            "card reader", "柜台", "网点", "分行", "branch", "settings",
        ],
    );
    add(AppRef, &["app", "应用", "客户端", "aplicacion"]);
    add(
        SelfDo,
        &["自己", "自行", "yourself", "usted mismo", "usted misma", "tu mismo"],
    );
    add(
        Prepare,
        &[
            "准备", "带上", "携带", "带好", "带着", "bring", "prepare", "have ready",
        ],
    );
    add(
        Dest,
        &[
            "链接", "连结", "网页", "网址", "网站", "二维码", "扫码", "我发", "我们发", "发给你的",
            "发给您的", "发您的", "发你的", "传给你的", "传给您的", "我传", "link", "page i sent",
            "i sent", "i just sent", "this page", "the chat", "url", "website", "enlace",
            "que le mande", "que te mande",
        ],
    );
    add(
        Download,
        &[
            "下载", "安装", "装一下", "应用商店", "download", "install", "app store",
            "play store", "descargue", "descarga", "instale",
        ],
    );
    add(Pronoun, &["it", "them", "lo", "它"]);
    add(
        NeedObj,
        &["只需要", "只要", "主要是", "需要", "只需", "all we need is", "just need"],
    );
    add(
        CueBlock,
        &[
            "告诉我一声", "说一声", "给我打电话", "给我回电", "给我回个电话", "给我留言",
            "let me know", "give me a call", "give us a call", "tell me more", "tell me about",
        ],
    );
    add(
        Supply,
        &["用这个", "告诉你", "告诉您", "use this code"],
    );
    add(Register, &["注册", "sign up", "register", "registrarse", "registrese"]);
    add(
        NegBlock,
        &[
            "能不能", "可不可以", "是不是", "要不要", "会不会", "行不行", "好不好", "用不用",
            "不用担心", "别担心", "不要担心", "别着急", "不要着急", "不要紧", "don't worry",
            "do not worry", "no worries", "no problem", "not a problem", "no se preocupe",
            "特别", "别的", "区别", "识别", "分别", "级别", "类别", "性别", "别人", "辨别",
            "告别", "不会吧", "notice", "not only",
        ],
    );
    add(
        NotSecret,
        &[
            "promo code", "promotional code", "discount code", "coupon code", "qr code",
            "zip code", "area code", "country code", "invite code", "invitation code",
            "referral code", "gift code", "voucher code", "pickup code", "pick-up code",
            "source code", "postal code", "dress code", "bar code", "barcode", "codigo postal",
            "codigo promocional", "codigo de descuento", "codigo qr", "红包口令", "邀请码",
            "推荐码", "优惠码", "兑换码", "取件码", "提货码", "二维码", "付款码", "收款码",
        ],
    );

    // ---- other indicators ----
    add(
        Ind(K::RemoteAccess),
        &[
            "远程", "远程协助", "远程控制", "远程软件", "向日葵", "teamviewer", "anydesk",
            "quicksupport", "remote support", "remote access", "remote desktop",
            "remote control", "remote app", "acceso remoto",
        ],
    );
    add(
        Ind(K::ScreenShare),
        &[
            "屏幕共享", "共享屏幕", "萤幕分享", "分享萤幕", "屏幕分享", "分享屏幕", "开一下屏幕",
            "录屏", "会议号", "share your screen", "screen share", "screen sharing",
            "screenshare", "comparta su pantalla", "compartir pantalla", "compartir su pantalla",
        ],
    );
    add(
        Ind(K::SafeAccountTransfer),
        &[
            "安全账户", "安全账号", "监管账户", "监管", "指定账户", "指定账号", "转账到", "转到我们",
            "转到这个账户", "保证金", "解冻费", "safe account", "secure account",
            "protected account", "holding account", "move your funds", "move your money",
            "transfer your funds", "cuenta segura",
        ],
    );
    add(
        Ind(K::LinkOrAppInstall),
        &[
            "下载", "安装", "点击链接", "点链接", "点开链接", "点击这个链接", "链接", "连结",
            "网址", "扫码", "二维码", "http", "www.", ".apk", "download", "install",
            "click the link", "open the link", "tap the link", "click this link", "qr code",
            "enlace", "descargue", "instale",
        ],
    );
    add(
        Ind(K::RefundOrCompensationLure),
        &[
            "退款", "退钱", "赔偿", "理赔", "补偿", "赔付", "返现", "返利", "红包", "礼品", "奖励",
            "优惠券", "奖金", "中奖", "补贴", "补偿金", "赔偿金", "refund", "compensation",
            "reimbursement", "reward", "cashback", "cash back", "prize", "you've won",
            "gift card", "reembolso", "compensacion", "premio",
        ],
    );
    add(
        Ind(K::UrgencyOrThreat),
        &[
            "马上", "立即", "立刻", "尽快", "赶紧", "赶快", "紧急", "很急", "急用", "急着", "过期",
            "作废", "冻结", "封号", "逾期", "影响征信", "征信", "涉嫌", "洗钱", "逮捕", "通缉",
            "拘留", "起诉", "传票", "异常", "额度有限", "名额有限", "限时", "今天之内", "下班前",
            "urgent", "urgently", "immediately", "right now", "right away", "asap",
            "as soon as possible", "suspended", "frozen", "arrest", "warrant", "lawsuit",
            "legal action", "quick", "quickly", "rapido", "urgente", "inmediatamente",
            "ahora mismo",
        ],
    );
    add(
        Ind(K::Secrecy),
        &[
            "不要告诉家人", "别告诉家人", "不能跟家人说", "不要跟家人说", "不要告诉家里人",
            "不要告诉银行", "不要告诉警察", "保密", "不要声张", "不要让别人知道", "不能告诉别人",
            "don't tell mom", "don't tell your family", "don't tell the bank",
            "keep this confidential", "keep this between us", "keep it between us",
            "keep this secret", "keep it secret", "don't discuss it", "do not discuss",
            "no se lo diga a su familia", "no le cuente",
        ],
    );
    add(
        WeakSecrecy,
        &[
            "不要告诉任何人", "不要告诉别人", "别告诉别人", "don't tell anyone",
            "do not tell anyone", "no se lo diga a nadie",
        ],
    );
    add(
        Claim,
        &[
            "我是", "这里是", "这边是", "我们是", "本行", "this is", "i'm from", "i am from",
            "calling from", "on behalf of", "soy de", "le llamamos de", "le habla",
        ],
    );
    add(
        GenericClaim,
        &[
            "银行客服", "客服中心", "客服人员", "我是客服", "官方客服", "理赔中心", "公安局",
            "派出所", "警察", "检察院", "检察官", "法院", "银保监", "反诈中心", "it部门",
            "财务部", "fraud department", "fraud team", "security team", "it helpdesk",
            "it department", "it support", "the police", "your bank",
            "departamento de fraudes", "su banco",
        ],
    );
    v
}
