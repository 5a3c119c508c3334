//! The character tables of the scanner, apart from the code that uses them: Traditional →
//! Simplified ([`T2S`]), Cyrillic and Greek homoglyphs of Latin letters ([`HOMOGLYPHS`]), the
//! letters digits imitate inside words ([`DIGIT_LETTERS`]), and the Simplified-only characters
//! language detection counts ([`SIMPLIFIED_ONLY`]). The key-sorted tables are binary-searched;
//! a unit test keeps them sorted and free of repeated keys.

/// Traditional → Simplified for the characters that occur in the lexicons (and a few variant
/// forms such as 証 → 证). A small table, not a general converter, sorted by the first
/// character.
pub(crate) const T2S: &[(char, char)] = &[
    ('來', '来'),
    ('係', '系'),
    ('個', '个'),
    ('們', '们'),
    ('備', '备'),
    ('傳', '传'),
    ('僅', '仅'),
    ('償', '偿'),
    ('優', '优'),
    ('內', '内'),
    ('凍', '冻'),
    ('別', '别'),
    ('則', '则'),
    ('剛', '刚'),
    ('動', '动'),
    ('務', '务'),
    ('勵', '励'),
    ('匯', '汇'),
    ('協', '协'),
    ('員', '员'),
    ('唸', '念'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嗎', '吗'),
    ('嚴', '严'),
    ('圖', '图'),
    ('報', '报'),
    ('實', '实'),
    ('寫', '写'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('帳', '账'),
    ('帶', '带'),
    ('幣', '币'),
    ('幫', '帮'),
    ('張', '张'),
    ('後', '后'),
    ('從', '从'),
    ('態', '态'),
    ('憑', '凭'),
    ('應', '应'),
    ('戲', '戏'),
    ('戶', '户'),
    ('掃', '扫'),
    ('換', '换'),
    ('擊', '击'),
    ('擬', '拟'),
    ('攜', '携'),
    ('數', '数'),
    ('時', '时'),
    ('會', '会'),
    ('條', '条'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('櫃', '柜'),
    ('權', '权'),
    ('歲', '岁'),
    ('準', '准'),
    ('為', '为'),
    ('無', '无'),
    ('煩', '烦'),
    ('獎', '奖'),
    ('現', '现'),
    ('畫', '画'),
    ('異', '异'),
    ('當', '当'),
    ('發', '发'),
    ('盜', '盗'),
    ('盡', '尽'),
    ('監', '监'),
    ('確', '确'),
    ('碼', '码'),
    ('禮', '礼'),
    ('稱', '称'),
    ('簡', '简'),
    ('紅', '红'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('給', '给'),
    ('統', '统'),
    ('維', '维'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('繫', '系'),
    ('聯', '联'),
    ('聲', '声'),
    ('聽', '听'),
    ('臺', '台'),
    ('與', '与'),
    ('處', '处'),
    ('號', '号'),
    ('螢', '萤'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('視', '视'),
    ('訂', '订'),
    ('訊', '讯'),
    ('託', '托'),
    ('記', '记'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('証', '证'),
    ('詐', '诈'),
    ('話', '话'),
    ('該', '该'),
    ('認', '认'),
    ('誤', '误'),
    ('說', '说'),
    ('誰', '谁'),
    ('請', '请'),
    ('證', '证'),
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
    ('資', '资'),
    ('賠', '赔'),
    ('賣', '卖'),
    ('賬', '账'),
    ('購', '购'),
    ('趕', '赶'),
    ('軟', '软'),
    ('載', '载'),
    ('輸', '输'),
    ('轉', '转'),
    ('辦', '办'),
    ('這', '这'),
    ('連', '连'),
    ('過', '过'),
    ('遞', '递'),
    ('遠', '远'),
    ('還', '还'),
    ('銀', '银'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錯', '错'),
    ('錶', '表'),
    ('鎖', '锁'),
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
    ('電', '电'),
    ('頁', '页'),
    ('須', '须'),
    ('頭', '头'),
    ('頻', '频'),
    ('額', '额'),
    ('風', '风'),
    ('馬', '马'),
    ('騙', '骗'),
    ('騰', '腾'),
    ('驗', '验'),
    ('體', '体'),
    ('麼', '么'),
    ('點', '点'),
];

/// Cyrillic and Greek letters that look like Latin ones (both cases) and the Latin letter each
/// imitates, sorted by the first character (binary-searched by `fold::homoglyph`).
pub(crate) const HOMOGLYPHS: &[(char, char)] = &[
    ('Α', 'a'), // U+0391
    ('Β', 'b'), // U+0392
    ('Ε', 'e'), // U+0395
    ('Ζ', 'z'), // U+0396
    ('Η', 'h'), // U+0397
    ('Ι', 'i'), // U+0399
    ('Κ', 'k'), // U+039A
    ('Μ', 'm'), // U+039C
    ('Ο', 'o'), // U+039F
    ('Ρ', 'p'), // U+03A1
    ('Τ', 't'), // U+03A4
    ('Υ', 'u'), // U+03A5
    ('Χ', 'x'), // U+03A7
    ('α', 'a'), // U+03B1
    ('β', 'b'), // U+03B2
    ('γ', 'y'), // U+03B3
    ('ε', 'e'), // U+03B5
    ('η', 'n'), // U+03B7
    ('ι', 'i'), // U+03B9
    ('κ', 'k'), // U+03BA
    ('ν', 'v'), // U+03BD
    ('ο', 'o'), // U+03BF
    ('ρ', 'p'), // U+03C1
    ('σ', 'o'), // U+03C3
    ('τ', 't'), // U+03C4
    ('υ', 'u'), // U+03C5
    ('χ', 'x'), // U+03C7
    ('ω', 'w'), // U+03C9
    ('ϲ', 'c'), // U+03F2
    ('Ё', 'e'), // U+0401
    ('Ѕ', 's'), // U+0405
    ('І', 'i'), // U+0406
    ('Ј', 'j'), // U+0408
    ('А', 'a'), // U+0410
    ('В', 'b'), // U+0412
    ('Е', 'e'), // U+0415
    ('К', 'k'), // U+041A
    ('М', 'm'), // U+041C
    ('Н', 'h'), // U+041D
    ('О', 'o'), // U+041E
    ('Р', 'p'), // U+0420
    ('С', 'c'), // U+0421
    ('Т', 't'), // U+0422
    ('У', 'y'), // U+0423
    ('Х', 'x'), // U+0425
    ('а', 'a'), // U+0430
    ('в', 'b'), // U+0432
    ('е', 'e'), // U+0435
    ('к', 'k'), // U+043A
    ('м', 'm'), // U+043C
    ('о', 'o'), // U+043E
    ('п', 'n'), // U+043F
    ('р', 'p'), // U+0440
    ('с', 'c'), // U+0441
    ('т', 't'), // U+0442
    ('у', 'y'), // U+0443
    ('х', 'x'), // U+0445
    ('ё', 'e'), // U+0451
    ('ѕ', 's'), // U+0455
    ('і', 'i'), // U+0456
    ('ј', 'j'), // U+0458
    ('һ', 'h'), // U+04BB
    ('ӏ', 'i'), // U+04CF
    ('ԁ', 'd'), // U+0501
    ('ԛ', 'q'), // U+051B
    ('ԝ', 'w'), // U+051D
];

/// The letter each ASCII digit imitates inside a word (`c0de`, `passw0rd`), indexed by the
/// digit's value.
pub(crate) const DIGIT_LETTERS: [char; 10] = ['o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g'];

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

    /// `fold::t2s`'s bitmap fast path covers U+4E00..=U+9FFF only, so every key must be there.
    #[test]
    fn t2s_keys_are_in_the_bitmap_range() {
        for &(t, _) in T2S {
            assert!(('\u{4E00}'..='\u{9FFF}').contains(&t), "{t:?}");
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
