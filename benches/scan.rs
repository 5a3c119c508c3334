//! Scanner throughput on mixed Chinese/English text (issue 14's goal: ≥ 250 MB/s in release) at
//! 1 MB and 10 MB (linear time shows as equal throughput), on scam-dense text (an indicator every
//! ~100 bytes: call turns, OTP SMS) and on ordinary chatter, streaming over caption-sized chunks,
//! two stages alone on the same text (the automaton, folding), and the cost of one 140-character
//! SMS (goal: ≤ 1 µs).
//!
//! `cargo bench --bench scan -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use callguard::guard::CallGuard;
use callguard::scan::StreamScanner;

/// A realistic mix: scam turns, legitimate SMS, chatter, in zh-Hans, zh-Hant and en.
const MIX: &[&str] = &[
    "您好，这里是快递理赔中心。您的包裹在运输途中破损，我们按规定给您三倍赔偿。",
    "为了把钱直接打到您卡上，需要您提供一下银行卡号，稍后会有一条短信验证码，您收到后念给我。",
    "【星河银行】您的验证码为385921，5分钟内有效。验证码仅用于本人登录，请勿泄露给他人。",
    "Hi, this is the fraud department. Someone is trying to log in to your account right now. ",
    "To block them I'm going to send you a one-time passcode - just read it to me as soon as it arrives. ",
    "Your Acme Bank verification code is 482913. It expires in 10 minutes. Never share this code. ",
    "今天天气不错，我们晚上去吃火锅吧，记得带上朋友一起来。",
    "The meeting has been moved to Thursday afternoon; please update your calendar accordingly. ",
    "請把剛剛收到的簡訊驗證碼唸給我，我幫您取消分期付款設定。",
    "你只需要下载我们的APP，注册一个账号，然后就可以开始投资了。",
];

fn mixed(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(MIX[i % MIX.len()]);
        i += 1;
    }
    s
}

/// Ordinary mixed chatter with no scam in it (the common case for a message filter).
const PLAIN: &[&str] = &[
    "今天天气不错，我们晚上去吃火锅吧，记得带上朋友一起来。",
    "The meeting has been moved to Thursday afternoon; please update your calendar accordingly. ",
    "周末的项目评审改到下午三点，会议室在三楼东侧，请大家提前准备材料。",
    "Thanks for the photos from the trip, the mountains looked amazing in the morning light. ",
    "我刚下班，路上有点堵车，大概七点半到家，你们先吃饭不用等我。",
    "Can you pick up some milk and bread on your way home? The store closes at nine. ",
    "這家咖啡店的甜點很好吃，下次我們一起去試試看吧。",
];

fn plain(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(PLAIN[i % PLAIN.len()]);
        i += 1;
    }
    s
}

/// A 140-character scam SMS (mixed zh/en).
const SMS: &str = "【客服中心】尊敬的用户，您的账户存在异常登录风险，将在24小时内冻结。为保障资金安全，请立即点击链接 http://example.com/verify 并把收到的验证码回复给客服专员处理，谢谢配合！Reply with the code now. 谢谢您的理解与支持！Thank";

fn throughput(c: &mut Criterion) {
    // The bundled registry's scanner: the lexicons plus its providers' names and aliases.
    let scanner = CallGuard::bundled().snapshot().scanner().clone();
    // The automaton's kind and heap (the figure a phone app holds for as long as it runs).
    println!("scanner: {}", scanner.debug_automaton());
    let mut g = c.benchmark_group("scan_mixed");
    for mb in [1usize, 10] {
        let text = mixed(mb * 1024 * 1024);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_with_input(
            BenchmarkId::new("one_shot", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| black_box(scanner.scan(black_box(t))).len()),
        );
    }
    let text = plain(1024 * 1024);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("one_shot_plain_chatter/1MB", |b| {
        b.iter(|| black_box(scanner.scan(black_box(&text))).len())
    });
    let text = mixed(1024 * 1024);
    g.throughput(Throughput::Bytes(text.len() as u64));
    // The automaton alone (no folding, no rules) on the same text, lower-cased: the share of
    // the total that matching takes.
    let lower = text.to_lowercase();
    g.bench_function("automaton_only/1MB", |b| {
        b.iter(|| scanner.count_raw_matches(black_box(&lower)))
    });
    // Folding alone on the same text (one piece, the plain-text fast path), the other stage a
    // scan pays for every byte.
    g.bench_function("fold_only/1MB", |b| {
        b.iter(|| callguard::scan::fold_text(black_box(&text)).len())
    });
    g.bench_function("stream_64B_chunks/1MB", |b| {
        b.iter(|| {
            let mut s = StreamScanner::with_scanner(scanner.clone(), None);
            let mut n = 0;
            let bytes = text.as_bytes();
            for chunk in bytes.chunks(64) {
                n += s.push_bytes(chunk).len();
            }
            n + s.finish().len()
        })
    });
    g.finish();
}

fn sms(c: &mut Criterion) {
    let mut g = c.benchmark_group("scan_sms");
    g.throughput(Throughput::Elements(1));
    assert!(SMS.chars().count() == 140, "{}", SMS.chars().count());
    let scanner = CallGuard::bundled().snapshot().scanner().clone(); // built outside the measurement
    g.bench_function("140_chars", |b| {
        b.iter(|| black_box(scanner.scan(black_box(SMS))))
    });
    // What every scan costs whatever its length (the result, the per-thread buffers): the
    // floor under the SMS figure.
    g.bench_function("empty", |b| {
        b.iter(|| black_box(scanner.scan(black_box(""))))
    });
    g.finish();
}

criterion_group!(benches, throughput, sms);
criterion_main!(benches);
