//! The character tables of the scanner, apart from the code that uses them: Traditional →
//! Simplified ([`T2S`]), look-alikes of Latin letters from other scripts ([`HOMOGLYPHS`]), the
//! letters digits imitate inside words ([`DIGIT_LETTERS`]), and the Simplified-only characters
//! language detection counts ([`SIMPLIFIED_ONLY`]). The key-sorted tables are binary-searched;
//! a unit test keeps them sorted and free of repeated keys.

/// Traditional → Simplified for the characters the lexicon and the rules use: every
/// Traditional form OpenCC's character table gives for one of them (a test checks), so a
/// Traditional text matches the Simplified terms (not 復: its 回復 is "restore", not the reply
/// cue 回复); and a few variant forms such as 証 → 证, and the Simplified variant 帐 → 账 (帐户,
/// 帐号 are as common as 账户, 账号). A small table, not a general converter, sorted by the
/// first character.
pub(crate) const T2S: &[(char, char)] = &[
    ('來', '来'),
    ('侷', '局'),
    ('係', '系'),
    ('俬', '私'),
    ('倉', '仓'),
    ('個', '个'),
    ('們', '们'),
    ('倖', '幸'),
    ('備', '备'),
    ('傢', '家'),
    ('傳', '传'),
    ('僅', '仅'),
    ('儘', '尽'),
    ('償', '偿'),
    ('優', '优'),
    ('兌', '兑'),
    ('內', '内'),
    ('兩', '两'),
    ('冊', '册'),
    ('凍', '冻'),
    ('別', '别'),
    ('則', '则'),
    ('剛', '刚'),
    ('動', '动'),
    ('務', '务'),
    ('勵', '励'),
    ('匯', '汇'),
    ('區', '区'),
    ('協', '协'),
    ('卽', '即'),
    ('員', '员'),
    ('唸', '念'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嗎', '吗'),
    ('噹', '当'),
    ('嚮', '向'),
    ('嚴', '严'),
    ('圖', '图'),
    ('報', '报'),
    ('奬', '奖'),
    ('實', '实'),
    ('寫', '写'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('屬', '属'),
    ('帐', '账'),
    ('帳', '账'),
    ('帶', '带'),
    ('幣', '币'),
    ('幫', '帮'),
    ('幾', '几'),
    ('庫', '库'),
    ('廢', '废'),
    ('張', '张'),
    ('彆', '别'),
    ('彔', '录'),
    ('後', '后'),
    ('從', '从'),
    ('徵', '征'),
    ('態', '态'),
    ('憑', '凭'),
    ('應', '应'),
    ('戲', '戏'),
    ('戶', '户'),
    ('掃', '扫'),
    ('掛', '挂'),
    ('換', '换'),
    ('擊', '击'),
    ('擔', '担'),
    ('擬', '拟'),
    ('攔', '拦'),
    ('攜', '携'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('曏', '向'),
    ('會', '会'),
    ('査', '查'),
    ('條', '条'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('檯', '台'),
    ('櫃', '柜'),
    ('權', '权'),
    ('歲', '岁'),
    ('決', '决'),
    ('沒', '没'),
    ('洩', '泄'),
    ('準', '准'),
    ('溫', '温'),
    ('為', '为'),
    ('無', '无'),
    ('煩', '烦'),
    ('爲', '为'),
    ('狀', '状'),
    ('獎', '奖'),
    ('獲', '获'),
    ('現', '现'),
    ('畫', '画'),
    ('異', '异'),
    ('當', '当'),
    ('發', '发'),
    ('盜', '盗'),
    ('盡', '尽'),
    ('監', '监'),
    ('眞', '真'),
    ('確', '确'),
    ('碼', '码'),
    ('禮', '礼'),
    ('稅', '税'),
    ('稱', '称'),
    ('穫', '获'),
    ('箇', '个'),
    ('簡', '简'),
    ('約', '约'),
    ('紅', '红'),
    ('級', '级'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('絡', '络'),
    ('給', '给'),
    ('統', '统'),
    ('絶', '绝'),
    ('經', '经'),
    ('維', '维'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('緝', '缉'),
    ('緻', '致'),
    ('繫', '系'),
    ('繼', '继'),
    ('續', '续'),
    ('纔', '才'),
    ('聯', '联'),
    ('聲', '声'),
    ('聽', '听'),
    ('脩', '修'),
    ('臺', '台'),
    ('與', '与'),
    ('萬', '万'),
    ('薦', '荐'),
    ('處', '处'),
    ('號', '号'),
    ('螢', '萤'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('覈', '核'),
    ('見', '见'),
    ('視', '视'),
    ('訂', '订'),
    ('訊', '讯'),
    ('託', '托'),
    ('記', '记'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('註', '注'),
    ('証', '证'),
    ('詐', '诈'),
    ('詞', '词'),
    ('詢', '询'),
    ('話', '话'),
    ('該', '该'),
    ('誆', '诓'),
    ('認', '认'),
    ('誤', '误'),
    ('說', '说'),
    ('説', '说'),
    ('誰', '谁'),
    ('請', '请'),
    ('謊', '谎'),
    ('謹', '谨'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('讀', '读'),
    ('變', '变'),
    ('讓', '让'),
    ('讚', '赞'),
    ('貝', '贝'),
    ('財', '财'),
    ('貨', '货'),
    ('買', '买'),
    ('貸', '贷'),
    ('費', '费'),
    ('貼', '贴'),
    ('資', '资'),
    ('賠', '赔'),
    ('賣', '卖'),
    ('賬', '账'),
    ('購', '购'),
    ('趕', '赶'),
    ('踰', '逾'),
    ('軟', '软'),
    ('載', '载'),
    ('輸', '输'),
    ('轉', '转'),
    ('辦', '办'),
    ('迴', '回'),
    ('這', '这'),
    ('連', '连'),
    ('進', '进'),
    ('過', '过'),
    ('遞', '递'),
    ('遠', '远'),
    ('還', '还'),
    ('邊', '边'),
    ('郵', '邮'),
    ('醫', '医'),
    ('鈅', '钥'),
    ('鈕', '钮'),
    ('銀', '银'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錯', '错'),
    ('録', '录'),
    ('錶', '表'),
    ('鎖', '锁'),
    ('鏈', '链'),
    ('鐘', '钟'),
    ('鑰', '钥'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('閱', '阅'),
    ('關', '关'),
    ('陸', '陆'),
    ('險', '险'),
    ('隻', '只'),
    ('電', '电'),
    ('韆', '千'),
    ('響', '响'),
    ('頁', '页'),
    ('須', '须'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('風', '风'),
    ('颱', '台'),
    ('馬', '马'),
    ('騙', '骗'),
    ('騰', '腾'),
    ('驗', '验'),
    ('體', '体'),
    ('髮', '发'),
    ('鬚', '须'),
    ('麪', '面'),
    ('麫', '面'),
    ('麵', '面'),
    ('麼', '么'),
    ('麽', '么'),
    ('點', '点'),
    ('齣', '出'),
];

/// Letters of other scripts (Cyrillic, Greek, Armenian, Cherokee, Latin variants, mathematical
/// Greek …) that look like a Latin letter, and the letter each imitates: every non-ASCII letter
/// outside the CJK and Hangul blocks whose Unicode confusable skeleton (UTS #39) is one ASCII
/// letter and that compatibility decomposition does not already fold to one. The letter is the
/// skeleton lower-cased, except that an upper-case look-alike of the skeleton `l` (which stands
/// for both `I` and `l`) is an `i`. Generated and kept in sync by the test
/// `homoglyphs_are_the_uts39_skeletons`; sorted by the first character (binary-searched by
/// `fold::homoglyph`).
pub(crate) const HOMOGLYPHS: &[(char, char)] = &[
    ('þ', 'p'),  // U+00FE
    ('ı', 'i'),  // U+0131
    ('Ƅ', 'b'),  // U+0184
    ('ƍ', 'g'),  // U+018D
    ('ƒ', 'f'),  // U+0192
    ('Ɩ', 'i'),  // U+0196
    ('Ʀ', 'r'),  // U+01A6
    ('ƽ', 's'),  // U+01BD
    ('ƿ', 'p'),  // U+01BF
    ('ǀ', 'l'),  // U+01C0
    ('ȷ', 'j'),  // U+0237
    ('Ɍ', 'r'),  // U+024C
    ('ɑ', 'a'),  // U+0251
    ('ɡ', 'g'),  // U+0261
    ('ɣ', 'y'),  // U+0263
    ('ɩ', 'i'),  // U+0269
    ('ɪ', 'i'),  // U+026A
    ('ɯ', 'w'),  // U+026F
    ('ʄ', 'f'),  // U+0284
    ('ʋ', 'u'),  // U+028B
    ('ʏ', 'y'),  // U+028F
    ('Ϳ', 'j'),  // U+037F
    ('Α', 'a'),  // U+0391
    ('Β', 'b'),  // U+0392
    ('Ε', 'e'),  // U+0395
    ('Ζ', 'z'),  // U+0396
    ('Η', 'h'),  // U+0397
    ('Ι', 'i'),  // U+0399
    ('Κ', 'k'),  // U+039A
    ('Μ', 'm'),  // U+039C
    ('Ν', 'n'),  // U+039D
    ('Ο', 'o'),  // U+039F
    ('Ρ', 'p'),  // U+03A1
    ('Τ', 't'),  // U+03A4
    ('Υ', 'y'),  // U+03A5
    ('Χ', 'x'),  // U+03A7
    ('α', 'a'),  // U+03B1
    ('γ', 'y'),  // U+03B3
    ('ι', 'i'),  // U+03B9
    ('ν', 'v'),  // U+03BD
    ('ο', 'o'),  // U+03BF
    ('ρ', 'p'),  // U+03C1
    ('σ', 'o'),  // U+03C3
    ('υ', 'u'),  // U+03C5
    ('ϒ', 'y'),  // U+03D2
    ('Ϝ', 'f'),  // U+03DC
    ('ϭ', 'o'),  // U+03ED
    ('ϱ', 'p'),  // U+03F1
    ('ϲ', 'c'),  // U+03F2
    ('ϳ', 'j'),  // U+03F3
    ('ϸ', 'p'),  // U+03F8
    ('Ϲ', 'c'),  // U+03F9
    ('Ϻ', 'm'),  // U+03FA
    ('Ѕ', 's'),  // U+0405
    ('І', 'i'),  // U+0406
    ('Ј', 'j'),  // U+0408
    ('А', 'a'),  // U+0410
    ('В', 'b'),  // U+0412
    ('Е', 'e'),  // U+0415
    ('К', 'k'),  // U+041A
    ('М', 'm'),  // U+041C
    ('Н', 'h'),  // U+041D
    ('О', 'o'),  // U+041E
    ('Р', 'p'),  // U+0420
    ('С', 'c'),  // U+0421
    ('Т', 't'),  // U+0422
    ('У', 'y'),  // U+0423
    ('Х', 'x'),  // U+0425
    ('Ь', 'b'),  // U+042C
    ('а', 'a'),  // U+0430
    ('г', 'r'),  // U+0433
    ('е', 'e'),  // U+0435
    ('о', 'o'),  // U+043E
    ('р', 'p'),  // U+0440
    ('с', 'c'),  // U+0441
    ('у', 'y'),  // U+0443
    ('х', 'x'),  // U+0445
    ('ш', 'w'),  // U+0448
    ('ѕ', 's'),  // U+0455
    ('і', 'i'),  // U+0456
    ('ј', 'j'),  // U+0458
    ('ѡ', 'w'),  // U+0461
    ('Ѵ', 'v'),  // U+0474
    ('ѵ', 'v'),  // U+0475
    ('Ү', 'y'),  // U+04AE
    ('ү', 'y'),  // U+04AF
    ('Һ', 'h'),  // U+04BA
    ('һ', 'h'),  // U+04BB
    ('ҽ', 'e'),  // U+04BD
    ('Ӏ', 'i'),  // U+04C0
    ('ӏ', 'l'),  // U+04CF
    ('ԁ', 'd'),  // U+0501
    ('Ԍ', 'g'),  // U+050C
    ('Ԛ', 'q'),  // U+051A
    ('ԛ', 'q'),  // U+051B
    ('Ԝ', 'w'),  // U+051C
    ('ԝ', 'w'),  // U+051D
    ('Ս', 'u'),  // U+054D
    ('Տ', 's'),  // U+054F
    ('Օ', 'o'),  // U+0555
    ('ա', 'w'),  // U+0561
    ('գ', 'q'),  // U+0563
    ('զ', 'q'),  // U+0566
    ('հ', 'h'),  // U+0570
    ('յ', 'j'),  // U+0575
    ('ո', 'n'),  // U+0578
    ('ռ', 'n'),  // U+057C
    ('ս', 'u'),  // U+057D
    ('ց', 'g'),  // U+0581
    ('ւ', 'i'),  // U+0582
    ('ք', 'f'),  // U+0584
    ('օ', 'o'),  // U+0585
    ('ו', 'l'),  // U+05D5
    ('ט', 'v'),  // U+05D8
    ('ן', 'l'),  // U+05DF
    ('ס', 'o'),  // U+05E1
    ('ا', 'l'),  // U+0627
    ('ه', 'o'),  // U+0647
    ('ھ', 'o'),  // U+06BE
    ('ہ', 'o'),  // U+06C1
    ('ە', 'o'),  // U+06D5
    ('ߊ', 'l'),  // U+07CA
    ('ߋ', 'o'),  // U+07CB
    ('ߌ', 'y'),  // U+07CC
    ('ߓ', 'f'),  // U+07D3
    ('ߕ', 'b'),  // U+07D5
    ('ߠ', 't'),  // U+07E0
    ('ࡀ', 'o'),  // U+0840
    ('ଠ', 'o'),  // U+0B20
    ('ం', 'o'),  // U+0C02
    ('ಂ', 'o'),  // U+0C82
    ('ം', 'o'),  // U+0D02
    ('ട', 's'),  // U+0D1F
    ('ഠ', 'o'),  // U+0D20
    ('ං', 'o'),  // U+0D82
    ('င', 'c'),  // U+1004
    ('ဝ', 'o'),  // U+101D
    ('ၚ', 'c'),  // U+105A
    ('Ⴙ', 'h'),  // U+10B9
    ('Ⴝ', 's'),  // U+10BD
    ('Ⴭ', 'z'),  // U+10CD
    ('ყ', 'y'),  // U+10E7
    ('ჽ', 's'),  // U+10FD
    ('ჿ', 'o'),  // U+10FF
    ('ᄋ', 'o'), // U+110B
    ('ᆼ', 'o'),   // U+11BC
    ('ሀ', 'u'),  // U+1200
    ('ዐ', 'o'),  // U+12D0
    ('Ꭰ', 'd'),  // U+13A0
    ('Ꭱ', 'r'),  // U+13A1
    ('Ꭲ', 't'),  // U+13A2
    ('Ꭵ', 'i'),  // U+13A5
    ('Ꭹ', 'y'),  // U+13A9
    ('Ꭺ', 'a'),  // U+13AA
    ('Ꭻ', 'j'),  // U+13AB
    ('Ꭼ', 'e'),  // U+13AC
    ('Ꮃ', 'w'),  // U+13B3
    ('Ꮇ', 'm'),  // U+13B7
    ('Ꮋ', 'h'),  // U+13BB
    ('Ꮍ', 'y'),  // U+13BD
    ('Ꮐ', 'g'),  // U+13C0
    ('Ꮒ', 'h'),  // U+13C2
    ('Ꮓ', 'z'),  // U+13C3
    ('Ꮟ', 'b'),  // U+13CF
    ('Ꮢ', 'r'),  // U+13D2
    ('Ꮤ', 'w'),  // U+13D4
    ('Ꮥ', 's'),  // U+13D5
    ('Ꮩ', 'v'),  // U+13D9
    ('Ꮪ', 's'),  // U+13DA
    ('Ꮮ', 'i'),  // U+13DE
    ('Ꮯ', 'c'),  // U+13DF
    ('Ꮲ', 'p'),  // U+13E2
    ('Ꮶ', 'k'),  // U+13E6
    ('Ꮷ', 'd'),  // U+13E7
    ('Ᏻ', 'g'),  // U+13F3
    ('Ᏼ', 'b'),  // U+13F4
    ('ᐯ', 'v'),  // U+142F
    ('ᑌ', 'u'),  // U+144C
    ('ᑭ', 'p'),  // U+146D
    ('ᑯ', 'd'),  // U+146F
    ('ᑲ', 'b'),  // U+1472
    ('ᒍ', 'j'),  // U+148D
    ('ᒪ', 'l'),  // U+14AA
    ('ᕁ', 'x'),  // U+1541
    ('ᕼ', 'h'),  // U+157C
    ('ᕽ', 'x'),  // U+157D
    ('ᖇ', 'r'),  // U+1587
    ('ᖯ', 'b'),  // U+15AF
    ('ᖴ', 'f'),  // U+15B4
    ('ᗅ', 'a'),  // U+15C5
    ('ᗞ', 'd'),  // U+15DE
    ('ᗪ', 'd'),  // U+15EA
    ('ᗰ', 'm'),  // U+15F0
    ('ᗷ', 'b'),  // U+15F7
    ('ᚷ', 'x'),  // U+16B7
    ('ᛁ', 'l'),  // U+16C1
    ('ᛐ', 'l'),  // U+16D0
    ('ᛕ', 'k'),  // U+16D5
    ('ᛖ', 'm'),  // U+16D6
    ('ᝣ', 'x'),  // U+1763
    ('ᩅ', 'o'),  // U+1A45
    ('ᯪ', 'o'),  // U+1BEA
    ('ᯬ', 'x'),  // U+1BEC
    ('ᲂ', 'o'),  // U+1C82
    ('ᲃ', 'c'),  // U+1C83
    ('Ჽ', 's'),  // U+1CBD
    ('Ჿ', 'o'),  // U+1CBF
    ('ᳵ', 'x'),  // U+1CF5
    ('ᴄ', 'c'),  // U+1D04
    ('ᴏ', 'o'),  // U+1D0F
    ('ᴑ', 'o'),  // U+1D11
    ('ᴜ', 'u'),  // U+1D1C
    ('ᴠ', 'v'),  // U+1D20
    ('ᴡ', 'w'),  // U+1D21
    ('ᴢ', 'z'),  // U+1D22
    ('ᴦ', 'r'),  // U+1D26
    ('ᶃ', 'g'),  // U+1D83
    ('ᶌ', 'y'),  // U+1D8C
    ('ẝ', 'f'),  // U+1E9D
    ('ỿ', 'y'),  // U+1EFF
    ('ι', 'i'),  // U+1FBE
    ('ℽ', 'y'),  // U+213D
    ('Ⱬ', 'z'),  // U+2C6B
    ('ⱬ', 'z'),  // U+2C6C
    ('Ⲃ', 'b'),  // U+2C82
    ('ⲅ', 'r'),  // U+2C85
    ('Ⲍ', 'z'),  // U+2C8C
    ('ⲍ', 'z'),  // U+2C8D
    ('Ⲏ', 'h'),  // U+2C8E
    ('Ⲓ', 'i'),  // U+2C92
    ('ⲓ', 'i'),  // U+2C93
    ('Ⲕ', 'k'),  // U+2C94
    ('Ⲙ', 'm'),  // U+2C98
    ('Ⲛ', 'n'),  // U+2C9A
    ('Ⲟ', 'o'),  // U+2C9E
    ('ⲟ', 'o'),  // U+2C9F
    ('Ⲣ', 'p'),  // U+2CA2
    ('ⲣ', 'p'),  // U+2CA3
    ('Ⲥ', 'c'),  // U+2CA4
    ('ⲥ', 'c'),  // U+2CA5
    ('Ⲧ', 't'),  // U+2CA6
    ('Ⲩ', 'y'),  // U+2CA8
    ('ⲩ', 'y'),  // U+2CA9
    ('Ⲭ', 'x'),  // U+2CAC
    ('ⲽ', 'w'),  // U+2CBD
    ('Ⳏ', 'p'),  // U+2CCE
    ('ⳏ', 'p'),  // U+2CCF
    ('Ⳑ', 'i'),  // U+2CD0
    ('ⴭ', 'z'),  // U+2D2D
    ('ⴸ', 'v'),  // U+2D38
    ('ⴹ', 'e'),  // U+2D39
    ('ⵊ', 'l'),  // U+2D4A
    ('ⵏ', 'l'),  // U+2D4F
    ('ⵔ', 'o'),  // U+2D54
    ('ⵕ', 'q'),  // U+2D55
    ('ⵝ', 'x'),  // U+2D5D
    ('ꓐ', 'b'),  // U+A4D0
    ('ꓑ', 'p'),  // U+A4D1
    ('ꓒ', 'd'),  // U+A4D2
    ('ꓓ', 'd'),  // U+A4D3
    ('ꓔ', 't'),  // U+A4D4
    ('ꓖ', 'g'),  // U+A4D6
    ('ꓗ', 'k'),  // U+A4D7
    ('ꓙ', 'j'),  // U+A4D9
    ('ꓚ', 'c'),  // U+A4DA
    ('ꓜ', 'z'),  // U+A4DC
    ('ꓝ', 'f'),  // U+A4DD
    ('ꓟ', 'm'),  // U+A4DF
    ('ꓠ', 'n'),  // U+A4E0
    ('ꓡ', 'l'),  // U+A4E1
    ('ꓢ', 's'),  // U+A4E2
    ('ꓣ', 'r'),  // U+A4E3
    ('ꓦ', 'v'),  // U+A4E6
    ('ꓧ', 'h'),  // U+A4E7
    ('ꓪ', 'w'),  // U+A4EA
    ('ꓫ', 'x'),  // U+A4EB
    ('ꓬ', 'y'),  // U+A4EC
    ('ꓮ', 'a'),  // U+A4EE
    ('ꓰ', 'e'),  // U+A4F0
    ('ꓲ', 'l'),  // U+A4F2
    ('ꓳ', 'o'),  // U+A4F3
    ('ꓴ', 'u'),  // U+A4F4
    ('ꔋ', 't'),  // U+A50B
    ('ꕗ', 'b'),  // U+A557
    ('ꕯ', 'l'),  // U+A56F
    ('ꕶ', 's'),  // U+A576
    ('ꗋ', 'e'),  // U+A5CB
    ('ꙇ', 'i'),  // U+A647
    ('ꛉ', 'z'),  // U+A6C9
    ('ꛟ', 'v'),  // U+A6DF
    ('ꜱ', 's'),  // U+A731
    ('ꞁ', 'l'),  // U+A781
    ('Ꞙ', 'f'),  // U+A798
    ('ꞙ', 'f'),  // U+A799
    ('ꞟ', 'u'),  // U+A79F
    ('Ɪ', 'i'),  // U+A7AE
    ('Ʝ', 'j'),  // U+A7B2
    ('Ꭓ', 'x'),  // U+A7B3
    ('Ꞵ', 'b'),  // U+A7B4
    ('ꟺ', 'w'),  // U+A7FA
    ('ꟾ', 'l'),  // U+A7FE
    ('ꬲ', 'e'),  // U+AB32
    ('ꬵ', 'f'),  // U+AB35
    ('ꬽ', 'o'),  // U+AB3D
    ('ꭇ', 'r'),  // U+AB47
    ('ꭈ', 'r'),  // U+AB48
    ('ꭎ', 'u'),  // U+AB4E
    ('ꭒ', 'u'),  // U+AB52
    ('ꭚ', 'y'),  // U+AB5A
    ('ꭤ', 'a'),  // U+AB64
    ('ꭵ', 'i'),  // U+AB75
    ('ꮁ', 'r'),  // U+AB81
    ('ꮃ', 'w'),  // U+AB83
    ('ꮓ', 'z'),  // U+AB93
    ('ꮤ', 'w'),  // U+ABA4
    ('ꮩ', 'v'),  // U+ABA9
    ('ꮪ', 's'),  // U+ABAA
    ('ꮯ', 'c'),  // U+ABAF
    ('ﮦ', 'o'),  // U+FBA6
    ('ﮧ', 'o'),  // U+FBA7
    ('ﮨ', 'o'),  // U+FBA8
    ('ﮩ', 'o'),  // U+FBA9
    ('ﮪ', 'o'),  // U+FBAA
    ('ﮫ', 'o'),  // U+FBAB
    ('ﮬ', 'o'),  // U+FBAC
    ('ﮭ', 'o'),  // U+FBAD
    ('ﺍ', 'l'),  // U+FE8D
    ('ﺎ', 'l'),  // U+FE8E
    ('ﻩ', 'o'),  // U+FEE9
    ('ﻪ', 'o'),  // U+FEEA
    ('ﻫ', 'o'),  // U+FEEB
    ('ﻬ', 'o'),  // U+FEEC
    ('ﾷ', 'o'),  // U+FFB7
    ('𐊂', 'b'),  // U+10282
    ('𐊆', 'e'),  // U+10286
    ('𐊇', 'f'),  // U+10287
    ('𐊊', 'l'),  // U+1028A
    ('𐊐', 'x'),  // U+10290
    ('𐊒', 'o'),  // U+10292
    ('𐊕', 'p'),  // U+10295
    ('𐊖', 's'),  // U+10296
    ('𐊗', 't'),  // U+10297
    ('𐊠', 'a'),  // U+102A0
    ('𐊡', 'b'),  // U+102A1
    ('𐊢', 'c'),  // U+102A2
    ('𐊥', 'f'),  // U+102A5
    ('𐊫', 'o'),  // U+102AB
    ('𐊰', 'm'),  // U+102B0
    ('𐊱', 't'),  // U+102B1
    ('𐊲', 'y'),  // U+102B2
    ('𐊴', 'x'),  // U+102B4
    ('𐋏', 'h'),  // U+102CF
    ('𐌁', 'b'),  // U+10301
    ('𐌂', 'c'),  // U+10302
    ('𐌉', 'l'),  // U+10309
    ('𐌏', 'o'),  // U+1030F
    ('𐌑', 'm'),  // U+10311
    ('𐌕', 't'),  // U+10315
    ('𐌗', 'x'),  // U+10317
    ('𐌜', 'b'),  // U+1031C
    ('𐐄', 'o'),  // U+10404
    ('𐐕', 'c'),  // U+10415
    ('𐐛', 'i'),  // U+1041B
    ('𐐠', 's'),  // U+10420
    ('𐐬', 'o'),  // U+1042C
    ('𐐽', 'c'),  // U+1043D
    ('𐑈', 's'),  // U+10448
    ('𐒴', 'r'),  // U+104B4
    ('𐓂', 'o'),  // U+104C2
    ('𐓎', 'u'),  // U+104CE
    ('𐓪', 'o'),  // U+104EA
    ('𐓶', 'u'),  // U+104F6
    ('𐔇', 'z'),  // U+10507
    ('𐔎', 'l'),  // U+1050E
    ('𐔓', 'n'),  // U+10513
    ('𐔖', 'o'),  // U+10516
    ('𐔘', 'k'),  // U+10518
    ('𐔛', 'c'),  // U+1051B
    ('𐔝', 'v'),  // U+1051D
    ('𐔥', 'f'),  // U+10525
    ('𐔦', 'l'),  // U+10526
    ('𐔧', 'x'),  // U+10527
    ('𐤦', 'l'),  // U+10926
    ('𐤬', 'o'),  // U+1092C
    ('𐰓', 'x'),  // U+10C13
    ('𐰗', 'o'),  // U+10C17
    ('𐰟', 'v'),  // U+10C1F
    ('𐰠', 'y'),  // U+10C20
    ('𐰡', 'm'),  // U+10C21
    ('𐰾', 'l'),  // U+10C3E
    ('𐲂', 'x'),  // U+10C82
    ('𐲥', 'i'),  // U+10CA5
    ('𐳂', 'x'),  // U+10CC2
    ('𐴇', 'o'),  // U+10D07
    ('𑄤', 'o'),  // U+11124
    ('𑌂', 'o'),  // U+11302
    ('𑜆', 'v'),  // U+11706
    ('𑜊', 'w'),  // U+1170A
    ('𑜎', 'w'),  // U+1170E
    ('𑜏', 'w'),  // U+1170F
    ('𑢠', 'v'),  // U+118A0
    ('𑢢', 'f'),  // U+118A2
    ('𑢣', 'i'),  // U+118A3
    ('𑢤', 'y'),  // U+118A4
    ('𑢦', 'e'),  // U+118A6
    ('𑢩', 'z'),  // U+118A9
    ('𑢮', 'e'),  // U+118AE
    ('𑢲', 'i'),  // U+118B2
    ('𑢵', 'o'),  // U+118B5
    ('𑢸', 'u'),  // U+118B8
    ('𑢼', 't'),  // U+118BC
    ('𑣀', 'v'),  // U+118C0
    ('𑣁', 's'),  // U+118C1
    ('𑣂', 'f'),  // U+118C2
    ('𑣃', 'i'),  // U+118C3
    ('𑣄', 'y'),  // U+118C4
    ('𑣈', 'o'),  // U+118C8
    ('𑣗', 'o'),  // U+118D7
    ('𑣘', 'u'),  // U+118D8
    ('𑣜', 'y'),  // U+118DC
    ('𑪼', 'z'),  // U+11ABC
    ('𑪾', 'n'),  // U+11ABE
    ('𑷚', 'l'),  // U+11DDA
    ('𖨙', 'r'),  // U+16A19
    ('𖫖', 's'),  // U+16AD6
    ('𖫩', 'o'),  // U+16AE9
    ('𖵣', 'l'),  // U+16D63
    ('𖺪', 'i'),  // U+16EAA
    ('𖺶', 'b'),  // U+16EB6
    ('𖼈', 'v'),  // U+16F08
    ('𖼊', 't'),  // U+16F0A
    ('𖼖', 'l'),  // U+16F16
    ('𖼨', 'l'),  // U+16F28
    ('𖼵', 'r'),  // U+16F35
    ('𖼺', 's'),  // U+16F3A
    ('𖽀', 'a'),  // U+16F40
    ('𖽂', 'u'),  // U+16F42
    ('𖽃', 'y'),  // U+16F43
    ('𝚤', 'i'),  // U+1D6A4
    ('𝚥', 'j'),  // U+1D6A5
    ('𝚨', 'a'),  // U+1D6A8
    ('𝚩', 'b'),  // U+1D6A9
    ('𝚬', 'e'),  // U+1D6AC
    ('𝚭', 'z'),  // U+1D6AD
    ('𝚮', 'h'),  // U+1D6AE
    ('𝚰', 'i'),  // U+1D6B0
    ('𝚱', 'k'),  // U+1D6B1
    ('𝚳', 'm'),  // U+1D6B3
    ('𝚴', 'n'),  // U+1D6B4
    ('𝚶', 'o'),  // U+1D6B6
    ('𝚸', 'p'),  // U+1D6B8
    ('𝚻', 't'),  // U+1D6BB
    ('𝚼', 'y'),  // U+1D6BC
    ('𝚾', 'x'),  // U+1D6BE
    ('𝛂', 'a'),  // U+1D6C2
    ('𝛄', 'y'),  // U+1D6C4
    ('𝛊', 'i'),  // U+1D6CA
    ('𝛎', 'v'),  // U+1D6CE
    ('𝛐', 'o'),  // U+1D6D0
    ('𝛒', 'p'),  // U+1D6D2
    ('𝛔', 'o'),  // U+1D6D4
    ('𝛖', 'u'),  // U+1D6D6
    ('𝛠', 'p'),  // U+1D6E0
    ('𝛢', 'a'),  // U+1D6E2
    ('𝛣', 'b'),  // U+1D6E3
    ('𝛦', 'e'),  // U+1D6E6
    ('𝛧', 'z'),  // U+1D6E7
    ('𝛨', 'h'),  // U+1D6E8
    ('𝛪', 'i'),  // U+1D6EA
    ('𝛫', 'k'),  // U+1D6EB
    ('𝛭', 'm'),  // U+1D6ED
    ('𝛮', 'n'),  // U+1D6EE
    ('𝛰', 'o'),  // U+1D6F0
    ('𝛲', 'p'),  // U+1D6F2
    ('𝛵', 't'),  // U+1D6F5
    ('𝛶', 'y'),  // U+1D6F6
    ('𝛸', 'x'),  // U+1D6F8
    ('𝛼', 'a'),  // U+1D6FC
    ('𝛾', 'y'),  // U+1D6FE
    ('𝜄', 'i'),  // U+1D704
    ('𝜈', 'v'),  // U+1D708
    ('𝜊', 'o'),  // U+1D70A
    ('𝜌', 'p'),  // U+1D70C
    ('𝜎', 'o'),  // U+1D70E
    ('𝜐', 'u'),  // U+1D710
    ('𝜚', 'p'),  // U+1D71A
    ('𝜜', 'a'),  // U+1D71C
    ('𝜝', 'b'),  // U+1D71D
    ('𝜠', 'e'),  // U+1D720
    ('𝜡', 'z'),  // U+1D721
    ('𝜢', 'h'),  // U+1D722
    ('𝜤', 'i'),  // U+1D724
    ('𝜥', 'k'),  // U+1D725
    ('𝜧', 'm'),  // U+1D727
    ('𝜨', 'n'),  // U+1D728
    ('𝜪', 'o'),  // U+1D72A
    ('𝜬', 'p'),  // U+1D72C
    ('𝜯', 't'),  // U+1D72F
    ('𝜰', 'y'),  // U+1D730
    ('𝜲', 'x'),  // U+1D732
    ('𝜶', 'a'),  // U+1D736
    ('𝜸', 'y'),  // U+1D738
    ('𝜾', 'i'),  // U+1D73E
    ('𝝂', 'v'),  // U+1D742
    ('𝝄', 'o'),  // U+1D744
    ('𝝆', 'p'),  // U+1D746
    ('𝝈', 'o'),  // U+1D748
    ('𝝊', 'u'),  // U+1D74A
    ('𝝔', 'p'),  // U+1D754
    ('𝝖', 'a'),  // U+1D756
    ('𝝗', 'b'),  // U+1D757
    ('𝝚', 'e'),  // U+1D75A
    ('𝝛', 'z'),  // U+1D75B
    ('𝝜', 'h'),  // U+1D75C
    ('𝝞', 'i'),  // U+1D75E
    ('𝝟', 'k'),  // U+1D75F
    ('𝝡', 'm'),  // U+1D761
    ('𝝢', 'n'),  // U+1D762
    ('𝝤', 'o'),  // U+1D764
    ('𝝦', 'p'),  // U+1D766
    ('𝝩', 't'),  // U+1D769
    ('𝝪', 'y'),  // U+1D76A
    ('𝝬', 'x'),  // U+1D76C
    ('𝝰', 'a'),  // U+1D770
    ('𝝲', 'y'),  // U+1D772
    ('𝝸', 'i'),  // U+1D778
    ('𝝼', 'v'),  // U+1D77C
    ('𝝾', 'o'),  // U+1D77E
    ('𝞀', 'p'),  // U+1D780
    ('𝞂', 'o'),  // U+1D782
    ('𝞄', 'u'),  // U+1D784
    ('𝞎', 'p'),  // U+1D78E
    ('𝞐', 'a'),  // U+1D790
    ('𝞑', 'b'),  // U+1D791
    ('𝞔', 'e'),  // U+1D794
    ('𝞕', 'z'),  // U+1D795
    ('𝞖', 'h'),  // U+1D796
    ('𝞘', 'i'),  // U+1D798
    ('𝞙', 'k'),  // U+1D799
    ('𝞛', 'm'),  // U+1D79B
    ('𝞜', 'n'),  // U+1D79C
    ('𝞞', 'o'),  // U+1D79E
    ('𝞠', 'p'),  // U+1D7A0
    ('𝞣', 't'),  // U+1D7A3
    ('𝞤', 'y'),  // U+1D7A4
    ('𝞦', 'x'),  // U+1D7A6
    ('𝞪', 'a'),  // U+1D7AA
    ('𝞬', 'y'),  // U+1D7AC
    ('𝞲', 'i'),  // U+1D7B2
    ('𝞶', 'v'),  // U+1D7B6
    ('𝞸', 'o'),  // U+1D7B8
    ('𝞺', 'p'),  // U+1D7BA
    ('𝞼', 'o'),  // U+1D7BC
    ('𝞾', 'u'),  // U+1D7BE
    ('𝟈', 'p'),  // U+1D7C8
    ('𝟊', 'f'),  // U+1D7CA
    ('𞸀', 'l'),  // U+1EE00
    ('𞸤', 'o'),  // U+1EE24
    ('𞺀', 'l'),  // U+1EE80
    ('𞺄', 'o'),  // U+1EE84
];

/// The letter each ASCII digit imitates inside a word (`c0de`, `passw0rd`), indexed by the
/// digit's value.
pub(crate) const DIGIT_LETTERS: [char; 10] = ['o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g'];

/// Simplified characters [`T2S`] folds to another Simplified form (帐 → 账): language detection
/// does not count them as Traditional.
pub(crate) const SIMPLIFIED_VARIANTS: &[char] = &['帐'];

/// Simplified characters whose Traditional form differs (the outputs of the folding table),
/// sorted (binary-searched by language detection).
pub(crate) const SIMPLIFIED_ONLY: &[char] = &[
    '个', '为', '们', '会', '传', '动', '发', '号', '后', '态', '户', '报', '数', '时', '来', '现',
    '电', '码', '简', '组', '给', '网', '让', '讯', '证', '诉', '话', '说', '请', '读', '账', '过',
    '这', '钱', '银', '马', '验',
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Strictly increasing keys: sorted (binary search needs it) and no key repeated.
    fn strictly_sorted(name: &str, keys: &[char]) {
        for w in keys.windows(2) {
            assert!(
                w[0] < w[1],
                "{name}: {:?} then {:?} (unsorted or repeated)",
                w[0],
                w[1]
            );
        }
    }

    #[test]
    fn binary_searched_tables_are_sorted_without_repeated_keys() {
        strictly_sorted("T2S", &T2S.iter().map(|p| p.0).collect::<Vec<_>>());
        strictly_sorted(
            "HOMOGLYPHS",
            &HOMOGLYPHS.iter().map(|p| p.0).collect::<Vec<_>>(),
        );
        strictly_sorted("SIMPLIFIED_ONLY", SIMPLIFIED_ONLY);
    }

    /// [`HOMOGLYPHS`] is exactly what UTS #39's confusable skeletons (the `unicode-security`
    /// crate's data) give for the letters it covers; on a mismatch the expected table is
    /// printed, ready to paste.
    #[test]
    fn homoglyphs_are_the_uts39_skeletons() {
        use unicode_normalization::char::{decompose_compatible, is_combining_mark};
        use unicode_security::confusable_detection::skeleton;
        let mut expected = Vec::new();
        for c in ('\u{80}'..='\u{10FFFF}').filter(|c| c.is_alphabetic()) {
            let u = c as u32;
            let cjk_or_hangul = (0x2E80..0xA000).contains(&u)
                || (0xAC00..0xD7B0).contains(&u)
                || (0xF900..0xFB00).contains(&u)
                || u >= 0x20000;
            let mut nfkd = String::new();
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) {
                    nfkd.extend(d.to_lowercase())
                }
            });
            let folds_already = nfkd.len() == 1 && nfkd.as_bytes()[0].is_ascii_alphabetic();
            if cjk_or_hangul || folds_already {
                continue;
            }
            let one = c.to_string();
            let mut skel = skeleton(&one);
            if let (Some(l), None) = (skel.next(), skel.next()) {
                if l.is_ascii_alphabetic() {
                    let l = l.to_ascii_lowercase();
                    expected.push((c, if l == 'l' && c.is_uppercase() { 'i' } else { l }));
                }
            }
        }
        let listing: String = expected
            .iter()
            .map(|(c, l)| format!("    ('{c}', '{l}'), // U+{:04X}\n", *c as u32))
            .collect();
        assert!(
            HOMOGLYPHS == expected.as_slice(),
            "expected HOMOGLYPHS:\n{listing}"
        );
    }

    /// `fold::t2s`'s bitmap fast path covers U+4E00..=U+9FFF only, so every key must be there.
    #[test]
    fn t2s_keys_are_in_the_bitmap_range() {
        for &(t, _) in T2S {
            assert!(('\u{4E00}'..='\u{9FFF}').contains(&t), "{t:?}");
        }
    }

    /// Every Traditional form OpenCC's character table (`TSCharacters.txt`, Apache-2.0, see
    /// `tests/data/opencc/README.md`) gives for a character of the lexicon's terms or of the
    /// rules' code is in [`T2S`] with that Simplified character: otherwise a Traditional text
    /// misses the term ("我們需要您的密碼才能繼續" the rule for "才能继续"). And no entry
    /// contradicts OpenCC, except 帳 → 账 (帳戶, 帳號: OpenCC gets 账 from its phrase table).
    #[test]
    fn t2s_covers_the_traditional_forms_of_every_character_in_use() {
        let cjk = |c: &char| ('\u{4E00}'..='\u{9FFF}').contains(c);
        let mut used = std::collections::BTreeSet::new();
        for src in [
            include_str!("rules.rs"),
            include_str!("segment.rs"),
            include_str!("mod.rs"),
            include_str!("lexicon.rs"),
            include_str!("matcher.rs"),
            include_str!("stream.rs"),
        ] {
            // Code, not comments (their examples need no table).
            for line in src.lines() {
                used.extend(line.split("//").next().unwrap_or("").chars().filter(cjk));
            }
        }
        for line in include_str!("lexicon.tsv").lines() {
            if !line.starts_with('#') {
                used.extend(line.rsplit('\t').next().unwrap_or("").chars().filter(cjk));
            }
        }
        let map = |t: char| T2S.binary_search_by_key(&t, |p| p.0).ok().map(|i| T2S[i].1);
        // Left out on purpose: 復 (Traditional 回復 is "restore", 回覆 "reply"; folding 復 → 复
        // would read every 回復 as the reply cue 回复).
        let left_out = ['復'];
        let opencc = include_str!("../../tests/data/opencc/TSCharacters.txt");
        let mut missing = Vec::new();
        let mut table = std::collections::HashMap::new();
        for line in opencc.lines() {
            let (t, simplified) = line.split_once('\t').expect("a tab");
            let t = t.chars().next().expect("a character");
            let candidates: Vec<char> = simplified.split(' ').flat_map(|s| s.chars()).collect();
            table.insert(t, candidates.clone());
            let first = candidates[0];
            if cjk(&t)
                && t != first
                && used.contains(&first)
                && map(t) != Some(first)
                && !left_out.contains(&t)
            {
                missing.push(format!("    ('{t}', '{first}'),"));
            }
        }
        assert!(missing.is_empty(), "T2S lacks:\n{}", missing.join("\n"));
        for &(t, s) in T2S {
            let agrees = table.get(&t).is_none_or(|c| c.contains(&s));
            assert!(
                agrees || (t, s) == ('帳', '账'),
                "{t} → {s} against OpenCC's {:?}",
                table[&t]
            );
        }
    }

    /// Every Simplified-only character is an output of [`T2S`] that is not itself mapped.
    #[test]
    fn simplified_only_are_t2s_outputs() {
        for c in SIMPLIFIED_ONLY {
            assert!(T2S.iter().any(|p| p.1 == *c), "{c:?}");
        }
    }
}
