// The Swift suite of callguard's bindings: every exported function and type, the error paths
// with their messages, and concurrent use. Run by bindings/test.sh (`swift test` in the trixie
// chroot, with CALLGUARD_FIXTURES naming the signed registries the script makes with the CLI).
import Foundation
import XCTest

import CallGuardKit

private let paypal = "+18882211161"
private let paypalOdd = "+18882211162"

private func fixturesDir() -> URL {
    guard let dir = ProcessInfo.processInfo.environment["CALLGUARD_FIXTURES"] else {
        fatalError("set CALLGUARD_FIXTURES to the fixtures directory made by bindings/test.sh")
    }
    return URL(fileURLWithPath: dir)
}

private func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: fixturesDir().appendingPathComponent(name))
}

private func fixtureText(_ name: String) throws -> String {
    try String(contentsOf: fixturesDir().appendingPathComponent(name), encoding: .utf8)
}

/// The bundled envelope with one base64 character of its payload changed.
private func tamperedBundle() -> Data {
    var text = String(decoding: bundledSignedRegistry(), as: UTF8.self)
    let marker = text.range(of: "\"payload\":")!
    let quote = text[marker.upperBound...].firstIndex(of: "\"")!
    let at = text.index(quote, offsetBy: 40)
    let swapped: Character = text[at] == "A" ? "B" : "A"
    text.replaceSubrange(at...at, with: String(swapped))
    return Data(text.utf8)
}

/// Runs `body`, which must throw a CallGuardError; returns it for checks of its case and message.
private func expectError(
    _ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line
) -> CallGuardError? {
    do {
        try body()
        XCTFail("no error thrown", file: file, line: line)
        return nil
    } catch let e as CallGuardError {
        // The message is the Rust sentence, also what localizedDescription shows.
        XCTAssertFalse(e.message.isEmpty, file: file, line: line)
        XCTAssertEqual(e.localizedDescription, e.message, file: file, line: line)
        XCTAssertFalse(e.message.contains("message:"), file: file, line: line)
        return e
    } catch {
        XCTFail("unexpected error type \(error)", file: file, line: line)
        return nil
    }
}

private func assertMessage(
    _ e: CallGuardError?, contains words: String..., file: StaticString = #filePath, line: UInt = #line
) {
    guard let e else { return }
    for w in words where !w.isEmpty {
        XCTAssertTrue(
            e.message.lowercased().contains(w.lowercased()), "\"\(w)\" not in \"\(e.message)\"",
            file: file, line: line)
    }
}

private func isVerification(_ e: CallGuardError?) -> Bool {
    if case .Verification = e { return true }
    return false
}

private func assertSpan(_ text: String, _ i: Indicator, file: StaticString = #filePath, line: UInt = #line) {
    let u16 = Array(text.utf16)
    let fromUTF16 = String(decoding: u16[Int(i.startUtf16)..<Int(i.endUtf16)], as: UTF16.self)
    XCTAssertEqual(fromUTF16, i.excerpt, file: file, line: line)
    let u8 = Array(text.utf8)
    let fromUTF8 = String(decoding: u8[Int(i.start)..<Int(i.end)], as: UTF8.self)
    XCTAssertEqual(fromUTF8, i.excerpt, file: file, line: line)
}

final class CheckTests: XCTestCase {
    let guardian = try! CallGuard.bundled()

    func testOfficialInternationalNumber() throws {
        let c = try guardian.checkCaller(number: "+1 888-221-1161", region: nil, claimed: nil)
        XCTAssertEqual(c.verdict, .official)
        XCTAssertEqual(c.provider, "paypal")
        XCTAssertEqual(c.normalized, paypal)
        XCTAssertEqual(c.input, "+1 888-221-1161")
        XCTAssertFalse(c.reasons.isEmpty)
        XCTAssertTrue(c.reasons.allSatisfy { !$0.code.isEmpty && !$0.message.isEmpty })
    }

    func testOfficialShortCodeInItsRegion() throws {
        let c = try guardian.checkCaller(number: "95188", region: "CN", claimed: nil)
        XCTAssertEqual(c.verdict, .official)
        XCTAssertEqual(c.provider, "alipay")
        XCTAssertEqual(c.normalized, "95188")
        XCTAssertEqual(c.region, "CN")
    }

    func testClaimMismatchNamesTheClaimedProvidersNumbers() throws {
        let c = try guardian.checkCaller(number: paypal, region: nil, claimed: "alipay")
        XCTAssertEqual(c.verdict, .claimMismatch)
        XCTAssertTrue(c.officialNumbers.contains("95188"), "\(c.officialNumbers)")
    }

    func testOneDigitOffIsALookalike() throws {
        let c = try guardian.checkCaller(number: paypalOdd, region: nil, claimed: nil)
        XCTAssertEqual(c.verdict, .lookalike)
        XCTAssertEqual(c.provider, "paypal")
        XCTAssertTrue(c.officialNumbers.contains(paypal))
    }

    func testUnknownWithheldInvalid() throws {
        XCTAssertEqual(try guardian.checkCaller(number: "+44 20 7946 0000", region: nil, claimed: nil).verdict, .unknown)
        let w = try guardian.checkCaller(number: "anonymous", region: nil, claimed: nil)
        XCTAssertEqual(w.verdict, .withheld)
        XCTAssertNil(w.normalized)
        let i = try guardian.checkCaller(number: "call me maybe", region: nil, claimed: nil)
        XCTAssertEqual(i.verdict, .invalid)
        XCTAssertNil(i.normalized)
    }

    func testMalformedRegionIsInvalidArgument() {
        let e = expectError { _ = try self.guardian.checkCaller(number: "95188", region: "China", claimed: nil) }
        guard case .InvalidArgument = e else { return XCTFail("\(String(describing: e))") }
        assertMessage(e, contains: "\"China\"", "two-letter")
    }

    func testOversizedCallerIdIsRefusedWithItsSize() {
        let e = expectError {
            _ = try self.guardian.checkCaller(number: String(repeating: "1", count: 5000), region: nil, claimed: nil)
        }
        guard case .InputTooLarge = e else { return XCTFail("\(String(describing: e))") }
        XCTAssertEqual(e?.message, "caller ID is 5000 bytes long; at most 4096 are accepted")
    }

    func testArbitraryInputOnlyEverGivesTypedErrors() throws {
        let alphabet = Array("0123456789+-() .#*abcxyz９５１８８\u{200B}\u{0}€😀验证码tel:sip:@;")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<40, using: &rng)
            let s = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            let region = [nil, "CN", "US", "GB"].randomElement(using: &rng)!
            let c = try guardian.checkCaller(number: s, region: region, claimed: nil)
            XCTAssertFalse(c.reasons.isEmpty)
            do {
                _ = try normalizeCallerId(raw: s, region: region)
            } catch let e as CallGuardError {
                guard case .InvalidNumber = e else { return XCTFail("\(e)") }
            }
            _ = try scanText(text: s, language: nil)
        }
    }
}

final class NormalizeTests: XCTestCase {
    func testInternationalAndFullWidthShortCode() throws {
        XCTAssertEqual(try normalizeCallerId(raw: "+1 (888) 221-1161", region: nil),
                       .international(e164: paypal, digits: 18_882_211_161))
        XCTAssertEqual(try normalizeCallerId(raw: "９５１８８", region: "CN"),
                       .shortCode(region: "CN", digits: "95188"))
    }

    func testAnExtensionAndNationalFormatsAreReadByTheLibraryAsShipped() throws {
        // The shipped library's regex engine carries only the Unicode tables callguard needs
        // (test builds of the Rust crate carry all of them): an extension label is matched
        // case-insensitively, a national number goes through the metadata's patterns.
        XCTAssertEqual(try normalizeCallerId(raw: "(888) 221-1161 EXT. 12", region: "US"),
                       .international(e164: paypal, digits: 18_882_211_161))
        XCTAssertEqual(try normalizeCallerId(raw: "888.221.1161 x12", region: "US"),
                       .international(e164: paypal, digits: 18_882_211_161))
        XCTAssertEqual(try normalizeCallerId(raw: "139 1234 5678", region: "CN"),
                       .international(e164: "+8613912345678", digits: 8_613_912_345_678))
    }

    func testWithheld() throws {
        XCTAssertEqual(try normalizeCallerId(raw: "", region: nil), .withheld)
        XCTAssertEqual(try normalizeCallerId(raw: "Anonymous", region: "US"), .withheld)
    }

    func testNotANumberThrowsInvalidNumberWithTheRustMessage() throws {
        let e = expectError { _ = try normalizeCallerId(raw: "call me maybe", region: "US") }
        guard case .InvalidNumber = e, let e else { return XCTFail("\(String(describing: e))") }
        let check = try CallGuard.bundled().checkCaller(number: "call me maybe", region: "US", claimed: nil)
        XCTAssertTrue(check.reasons.contains { $0.message.contains(e.message) }, "\(check.reasons) vs \(e.message)")
    }

    func testOversizedAndBadRegion() {
        let big = expectError { _ = try normalizeCallerId(raw: String(repeating: "9", count: 4097), region: nil) }
        guard case .InputTooLarge = big else { return XCTFail("\(String(describing: big))") }
        let bad = expectError { _ = try normalizeCallerId(raw: "95188", region: "C") }
        guard case .InvalidArgument = bad else { return XCTFail("\(String(describing: bad))") }
    }
}

final class ScanTests: XCTestCase {
    func testRequestForTheVerificationCode() throws {
        let text = "您好，我是支付宝客服。请把刚才收到的验证码告诉我。"
        let found = try scanText(text: text, language: nil)
        let req = found.first { $0.kind == .credentialRequest }
        XCTAssertNotNil(req, "\(found)")
        XCTAssertEqual(req?.secret, .verificationCode)
        for i in found { assertSpan(text, i) }
        // Without a registry the claim names no provider; the guard's scanner knows Alipay.
        let claim = found.first { $0.kind == .impersonationClaim }
        XCTAssertNotNil(claim, "\(found)")
        XCTAssertNil(claim?.provider)
        let named = try CallGuard.bundled().scanText(text: text, language: nil)
        XCTAssertEqual(named.first { $0.kind == .impersonationClaim }?.provider, "alipay")
    }

    func testEnglishRequestWithASpanAfterAnEmoji() throws {
        let text = "😀 Hi, this is PayPal. Please read me the verification code we just sent you."
        let found = try scanText(text: text, language: nil)
        guard let req = found.first(where: { $0.kind == .credentialRequest }) else {
            return XCTFail("\(found)")
        }
        XCTAssertEqual(req.secret, .verificationCode)
        assertSpan(text, req)
        XCTAssertLessThan(req.startUtf16, req.start)
    }

    func testTheOneTimeCodeSmsIsNotFlagged() throws {
        let found = try scanText(text: "【支付宝】验证码 482913，请勿泄露给他人。", language: nil)
        XCTAssertFalse(found.contains { $0.kind == .credentialRequest }, "\(found)")
    }

    func testOversizedTextIsRefused() throws {
        XCTAssertEqual(maxTextBytes(), 1 << 20)
        let e = expectError { _ = try scanText(text: String(repeating: "a", count: (1 << 20) + 1), language: nil) }
        guard case .InputTooLarge = e else { return XCTFail("\(String(describing: e))") }
        XCTAssertEqual(e?.message, "text is 1048577 bytes long; at most 1048576 are accepted")
        _ = try scanText(text: String(repeating: "a", count: 1 << 20), language: nil)
    }

    func testMethodFormOnTheGuard() throws {
        let text = "Please tell me your PIN."
        XCTAssertEqual(try CallGuard.bundled().scanText(text: text, language: nil), try scanText(text: text, language: nil))
    }
}

final class AssessTests: XCTestCase {
    let guardian = try! CallGuard.bundled()

    func testCredentialRequestFromAnOfficialNumberIsStillHighRisk() throws {
        let a = try guardian.assessCall(
            from: paypal, text: "This is PayPal. Please read me the verification code we just sent.",
            region: nil, claimed: nil)
        XCTAssertEqual(a.risk, .high)
        XCTAssertEqual(a.verdict.verdict, .official)
        XCTAssertTrue(a.indicators.contains { $0.kind == .credentialRequest })
        XCTAssertTrue(a.reasons.contains { $0.code == "asks_for_secret" }, "\(a.reasons)")
        XCTAssertTrue(a.advice.en.contains(paypal), a.advice.en)
        XCTAssertFalse(a.advice.zhHans.isEmpty)
    }

    func testClaimedProviderFromTheTextMakesALookalikeHighRisk() throws {
        let a = try guardian.assessCall(
            from: paypalOdd, text: "PayPal here, share your screen please.", region: nil, claimed: nil)
        XCTAssertEqual(a.risk, .high)
        XCTAssertEqual(a.verdict.verdict, .lookalike)
    }

    func testNothingSuspicious() throws {
        let a = try guardian.assessCall(from: "95188", text: "您的快递已放在门口。", region: "CN", claimed: nil)
        XCTAssertEqual(a.risk, .none)
        XCTAssertEqual(a.reasons.map(\.code), ["nothing_suspicious"])
    }

    func testATextOnItsOwn() throws {
        let text = "您好，我是支付宝客服。请把刚才收到的验证码告诉我。"
        let t = try guardian.assessText(text: text, language: nil)
        XCTAssertEqual(t.risk, .high)
        XCTAssertEqual(t.indicators, try guardian.scanText(text: text, language: nil))
        let otp = try guardian.assessText(text: "【支付宝】验证码 482913，请勿泄露给他人。", language: "zh-Hans")
        XCTAssertNotEqual(otp.risk, .high, "\(otp)")
        XCTAssertEqual(try guardian.assessText(text: "See you at lunch.", language: "en").risk, .none)
        let big = expectError { _ = try self.guardian.assessText(text: String(repeating: "x", count: (1 << 20) + 1), language: nil) }
        guard case .InputTooLarge = big else { return XCTFail("\(String(describing: big))") }
        let bad = expectError { _ = try self.guardian.assessText(text: "hi", language: "tlh") }
        guard case .InvalidArgument = bad else { return XCTFail("\(String(describing: bad))") }
    }

    func testErrorsOfAssess() {
        let big = expectError {
            _ = try self.guardian.assessCall(
                from: paypal, text: String(repeating: "x", count: (1 << 20) + 1), region: nil, claimed: nil)
        }
        guard case .InputTooLarge = big else { return XCTFail("\(String(describing: big))") }
        let bad = expectError { _ = try self.guardian.assessCall(from: paypal, text: "hi", region: "USA", claimed: nil) }
        guard case .InvalidArgument = bad else { return XCTFail("\(String(describing: bad))") }
    }
}

final class RegistryTests: XCTestCase {
    func testBundledRegistryInfo() throws {
        let info = try CallGuard.bundled().registryInfo()
        XCTAssertEqual(info.registryId, "callguard-demo")
        XCTAssertTrue(info.demo)
        XCTAssertEqual(info.version, 1)
        XCTAssertTrue(info.providerCount >= 2 && info.numberCount >= info.providerCount)
        XCTAssertEqual(info.payloadSha256.count, 64)
        XCTAssertEqual(info.signers, try TrustRoot.demo().keyIds())
        XCTAssertGreaterThan(info.expiresAtUnix, Int64(Date().timeIntervalSince1970))
        XCTAssertFalse(info.issuedAt.isEmpty || info.expiresAt.isEmpty)
        XCTAssertFalse(try CallGuard.bundled().registryExpired())
    }

    func testProvidersAndOfficialNumbers() throws {
        let providers = try CallGuard.bundled().providers()
        let pp = try XCTUnwrap(providers.first { $0.id == "paypal" })
        XCTAssertEqual(pp.names["en"], "PayPal")
        XCTAssertNotNil(pp.names["zh-Hans"])
        XCTAssertTrue(pp.website.hasPrefix("https://"))
        let n = try XCTUnwrap(pp.numbers.first { $0.number == paypal })
        XCTAssertTrue(n.channels.contains(.voice))
        XCTAssertTrue(n.purposes.contains(.customerService), "\(n.purposes)")
        XCTAssertTrue(n.source.hasPrefix("https://"))
        let ali = try XCTUnwrap(providers.first { $0.id == "alipay" }?.numbers.first { $0.number == "95188" })
        XCTAssertEqual(ali.region, "CN")
        // ICBC is listed in the compact form: a bare "95588" under provider defaults.
        let icbc = try XCTUnwrap(providers.first { $0.id == "icbc" }?.numbers.first)
        XCTAssertEqual(icbc.number, "95588")
        XCTAssertEqual(icbc.region, "CN")
        XCTAssertEqual(icbc.channels, [.voice, .sms])
        XCTAssertEqual(icbc.purposes, [.customerService, .notifications])
        XCTAssertEqual(icbc.source, "https://www.icbc.com.cn/")
    }

    func testCallDirectoryIsAscendingAndShortCodesAreOptIn() throws {
        let g = try CallGuard.bundled()
        let all = try g.callDirectory(shortCodeRegion: nil, lang: "en")
        let numbers = all.entries.map(\.number)
        XCTAssertEqual(numbers, Array(Set(numbers)).sorted())
        XCTAssertEqual(all.entries.first { $0.number == 18_882_211_161 }?.label, "PayPal (DEMO)")
        XCTAssertTrue(all.excludedShortCodes.contains("95188 (CN)"), "\(all.excludedShortCodes)")
        let cn = try g.callDirectory(shortCodeRegion: "CN", lang: "zh-Hans")
        XCTAssertTrue(cn.entries.contains { $0.number == 95188 && $0.label.contains("支付宝") })
        XCTAssertFalse(cn.excludedShortCodes.contains("95188 (CN)"))
        let e = expectError { _ = try g.callDirectory(shortCodeRegion: "CHN", lang: "en") }
        guard case .InvalidArgument = e else { return XCTFail("\(String(describing: e))") }
    }

    func testTrustRoots() throws {
        let demo = try TrustRoot.demo()
        XCTAssertEqual(demo.threshold(), 1)
        XCTAssertEqual(demo.version(), 1)
        XCTAssertEqual(demo.keyIds().count, 1)
        XCTAssertEqual(try TrustRoot.fromJson(json: demo.toJson()).keyIds(), demo.keyIds())
        XCTAssertEqual(try CallGuard.bundled().trustRoot().keyIds(), demo.keyIds())
        let pem = try fixtureText("untrusted.pub")
        let other = try TrustRoot.fromPublicKeys(publicKeysPem: [pem], threshold: 1)
        XCTAssertEqual(other.keyIds().count, 1)
        XCTAssertNotEqual(other.keyIds(), demo.keyIds())
        let bad = expectError { _ = try TrustRoot.fromPublicKeys(publicKeysPem: ["not a key"], threshold: 1) }
        XCTAssertTrue(isVerification(bad))
        assertMessage(bad, contains: "public key")
        XCTAssertTrue(isVerification(expectError { _ = try TrustRoot.fromPublicKeys(publicKeysPem: [pem], threshold: 2) }))
        let json = expectError { _ = try TrustRoot.fromJson(json: Data("{}".utf8)) }
        XCTAssertTrue(isVerification(json))
        assertMessage(json, contains: "trust root")
    }

    func testOpenASignedRegistryWithTheAppsTrustRoot() throws {
        let g = try CallGuard.open(
            signedRegistry: bundledSignedRegistry(), trustRoot: TrustRoot.demo(),
            registryId: "callguard-demo", minVersion: 0)
        XCTAssertEqual(g.registryInfo(), try CallGuard.bundled().registryInfo())
        XCTAssertEqual(try g.checkCaller(number: paypal, region: nil, claimed: nil).verdict, .official)
    }

    func testOpenRefusesTamperedUntrustedOtherSeriesAndRolledBack() throws {
        let demo = try TrustRoot.demo()
        let other = try TrustRoot.fromPublicKeys(publicKeysPem: [fixtureText("untrusted.pub")], threshold: 1)
        let cases: [(Data, TrustRoot, String, UInt64, String)] = [
            (tamperedBundle(), demo, "callguard-demo", 0, "signature"),
            (bundledSignedRegistry(), other, "callguard-demo", 0, "1 required"),
            (bundledSignedRegistry(), demo, "my-bank", 0, "registry id"),
            (bundledSignedRegistry(), demo, "callguard-demo", 5, "rollback"),
            (Data("{".utf8), demo, "callguard-demo", 0, "not a signed envelope"),
        ]
        for (bytes, root, id, floor, word) in cases {
            let e = expectError {
                _ = try CallGuard.open(signedRegistry: bytes, trustRoot: root, registryId: id, minVersion: floor)
            }
            XCTAssertTrue(isVerification(e), "\(String(describing: e))")
            assertMessage(e, contains: word)
        }
    }

    func testUpdatesGoForwardOnlyAndAFailedUpdateChangesNothing() throws {
        let g = try CallGuard.bundled()
        XCTAssertEqual(try g.updateRegistry(signedRegistry: bundledSignedRegistry()), g.registryInfo())
        XCTAssertEqual(try g.updateRegistry(signedRegistry: fixture("registry-v2.signed.json")).version, 2)
        XCTAssertEqual(try g.checkCaller(number: paypal, region: nil, claimed: nil).verdict, .official)
        let v3 = try g.updateRegistry(signedRegistry: fixture("registry-v3.signed.json"))
        XCTAssertEqual(v3.version, 3)
        XCTAssertEqual(try g.checkCaller(number: paypal, region: nil, claimed: nil).verdict, .lookalike)
        XCTAssertEqual(try g.checkCaller(number: paypalOdd, region: nil, claimed: nil).verdict, .official)
        let refused: [(Data, String)] = [
            (try fixture("registry-v2.signed.json"), "rollback"),
            (try fixture("registry-v2-untrusted-key.signed.json"), "unknown"),
            (try fixture("registry-v2-expired.signed.json"), ""),
            (try fixture("registry-v2-other-series.signed.json"), "another-series"),
            (tamperedBundle(), ""),
            (Data("not json".utf8), "not a signed envelope"),
            (Data(), ""),
        ]
        for (bytes, word) in refused {
            let e = expectError { _ = try g.updateRegistry(signedRegistry: bytes) }
            XCTAssertTrue(isVerification(e), "\(String(describing: e))")
            assertMessage(e, contains: word)
            XCTAssertEqual(g.registryInfo(), v3, "a failed update changed the registry")
        }
    }

    func testExpiredUpdateSaysSo() throws {
        let e = expectError { _ = try CallGuard.bundled().updateRegistry(signedRegistry: fixture("registry-v2-expired.signed.json")) }
        assertMessage(e, contains: "expired")
    }

    func testRotatingToAGarbageRootIsRefusedAndKeepsTheRoot() throws {
        let g = try CallGuard.bundled()
        XCTAssertTrue(isVerification(expectError { _ = try g.rotateTrustRoot(signedRoot: Data("{}".utf8)) }))
        let e = expectError { _ = try g.rotateTrustRoot(signedRoot: bundledSignedRegistry()) }
        assertMessage(e, contains: "payloadType")
        XCTAssertEqual(g.trustRoot().keyIds(), try TrustRoot.demo().keyIds())
    }

    func testRotatingTheTrustRootMovesUpdatesToTheNewKey() throws {
        let g = try CallGuard.bundled()
        let newKey = try TrustRoot.fromPublicKeys(publicKeysPem: [fixtureText("untrusted.pub")], threshold: 1).keyIds()
        let selfOnly = expectError { _ = try g.rotateTrustRoot(signedRoot: fixture("root-v2-self-only.signed.json")) }
        XCTAssertTrue(isVerification(selfOnly))
        assertMessage(selfOnly, contains: "current root")
        assertMessage(expectError { _ = try g.rotateTrustRoot(signedRoot: fixture("root-v1.signed.json")) }, contains: "version")
        XCTAssertEqual(g.trustRoot().keyIds(), try TrustRoot.demo().keyIds())
        XCTAssertEqual(try g.rotateTrustRoot(signedRoot: fixture("root-v2.signed.json")), 2)
        XCTAssertEqual(g.trustRoot().keyIds(), newKey)
        XCTAssertEqual(g.trustRoot().version(), 2)
        // The registry in force stays; updates now need the new key.
        XCTAssertEqual(g.registryInfo().version, 1)
        XCTAssertTrue(isVerification(expectError { _ = try g.updateRegistry(signedRegistry: fixture("registry-v3.signed.json")) }))
        let info = try g.updateRegistry(signedRegistry: fixture("registry-v2-untrusted-key.signed.json"))
        XCTAssertEqual(info.version, 2)
        XCTAssertEqual(info.signers, newKey)
    }
}

/// State shared by the threads of a concurrency test, behind a lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var _failures: [String] = []
    private var _checks = 0
    private var _done = false

    func fail(_ s: String) { lock.lock(); _failures.append(s); lock.unlock() }
    func add(checks n: Int) { lock.lock(); _checks += n; lock.unlock() }
    func finish() { lock.lock(); _done = true; lock.unlock() }
    var isDone: Bool { lock.lock(); defer { lock.unlock() }; return _done }
    var failures: [String] { lock.lock(); defer { lock.unlock() }; return _failures }
    var checks: Int { lock.lock(); defer { lock.unlock() }; return _checks }
}

final class ConcurrencyTests: XCTestCase {
    func testChecksOnManyThreadsWhileAnotherThreadUpdates40Times() throws {
        let g = try CallGuard.bundled()
        let updates = try (2...41).map { try fixture("registry-v\($0).signed.json") }
        let shared = SharedState()
        let group = DispatchGroup()
        for r in 0..<8 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var last: UInt64 = 0
                var mine = 0
                while !shared.isDone || mine < 20 {
                    let v = g.registryInfo().version
                    if v < last { shared.fail("version went back from \(last) to \(v)") }
                    last = v
                    do {
                        let c = try g.checkCaller(
                            number: r % 2 == 0 ? paypal : "+1 888 221 1161", region: nil, claimed: nil)
                        let ok = (c.verdict == .official && c.provider == "paypal")
                            || (c.verdict == .lookalike && c.officialNumbers.contains(paypalOdd))
                        if !ok { shared.fail("inconsistent answer \(c)") }
                    } catch { shared.fail("check threw \(error)") }
                    mine += 1
                }
                shared.add(checks: mine)
            }
        }
        group.enter()
        Thread.detachNewThread {
            defer {
                shared.finish()
                group.leave()
            }
            for (i, bytes) in updates.enumerated() {
                do {
                    let info = try g.updateRegistry(signedRegistry: bytes)
                    if info.version != UInt64(i + 2) { shared.fail("update \(i + 2) gave version \(info.version)") }
                } catch { shared.fail("update \(i + 2) threw \(error)") }
            }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 120), .success)
        XCTAssertEqual(shared.failures, [])
        XCTAssertEqual(g.registryInfo().version, 41)
        XCTAssertEqual(try g.checkCaller(number: paypal, region: nil, claimed: nil).verdict, .lookalike)
        XCTAssertGreaterThanOrEqual(shared.checks, 160)
    }

    func testConcurrentAssessmentsWithTaskGroupsAgreeWithOneThread() async throws {
        let g = try CallGuard.bundled()
        let text = "我是支付宝客服，您的账户有风险，请马上把验证码发给我，不要告诉别人。"
        let expected = try g.assessCall(from: "+8613800138000", text: text, region: nil, claimed: nil)
        let results = try await withThrowingTaskGroup(of: Assessment.self) { group in
            for _ in 0..<200 {
                group.addTask { try g.assessCall(from: "+8613800138000", text: text, region: nil, claimed: nil) }
            }
            var all: [Assessment] = []
            for try await a in group { all.append(a) }
            return all
        }
        XCTAssertEqual(results.count, 200)
        XCTAssertTrue(results.allSatisfy { $0 == expected })
    }
}

final class StreamTests: XCTestCase {
    let transcript =
        "喂，您好，我是支付宝客服。您的账户存在风险，需要马上处理。"
        + "请把手机上刚收到的验证码读给我，不要告诉任何人。Also, please install the screen share app now."

    func testChunksGiveTheSameIndicatorsAsAOneShotScanEvenInsideWords() throws {
        let expected = try scanText(text: transcript, language: nil)
        XCTAssertTrue(expected.contains { $0.kind == .credentialRequest }, "\(expected)")
        let chars = Array(transcript)
        for size in 1...7 {
            let s = try TranscriptScanner(language: nil)
            var got: [Indicator] = []
            var i = 0
            while i < chars.count {
                let j = min(chars.count, i + size)
                got += try s.push(chunk: String(chars[i..<j]))
                i = j
            }
            got += s.finish()
            XCTAssertEqual(got, expected, "chunk size \(size)")
        }
    }

    func testAnIndicatorIsReportedAsSoonAsItsSentenceIsComplete() throws {
        let s = try TranscriptScanner(language: "zh-Hans")
        XCTAssertFalse(try s.push(chunk: "我是支付宝客服，请把验证").contains { $0.kind == .credentialRequest })
        // A sentence is complete once the text after its terminator begins.
        XCTAssertFalse(try s.push(chunk: "码告诉我。").contains { $0.kind == .credentialRequest })
        let now = try s.push(chunk: "好")
        XCTAssertTrue(now.contains { $0.kind == .credentialRequest }, "\(now)")
        XCTAssertEqual(s.position(), UInt64("我是支付宝客服，请把验证码告诉我。".utf8.count))
        XCTAssertEqual(s.buffered(), 3)
        XCTAssertEqual(s.finish(), [])
    }

    func testRawBytesSplitInsideACharacter() throws {
        let bytes = Array(transcript.utf8)
        let s = try TranscriptScanner(language: nil)
        var got: [Indicator] = []
        var i = 0
        while i < bytes.count {
            let j = min(bytes.count, i + 5)
            got += try s.pushBytes(chunk: Data(bytes[i..<j]))
            i = j
        }
        got += s.finish()
        XCTAssertEqual(got, try scanText(text: transcript, language: nil))
        for ind in got { assertSpan(transcript, ind) }
    }

    func testMemoryStaysBoundedOnALongStreamWithoutSentenceEnds() throws {
        let s = try TranscriptScanner(language: "en")
        for _ in 0..<2000 { _ = try s.push(chunk: "blah blah blah blah ") }
        XCTAssertLessThan(s.buffered(), 64 * 1024)
        XCTAssertEqual(s.position() + s.buffered(), 40_000)
    }

    func testErrorsOfTheStream() throws {
        let s = try TranscriptScanner(language: nil)
        let big = expectError { _ = try s.push(chunk: String(repeating: "x", count: (1 << 20) + 1)) }
        guard case .InputTooLarge = big else { return XCTFail("\(String(describing: big))") }
        XCTAssertEqual(big?.message, "chunk is 1048577 bytes long; at most 1048576 are accepted")
        let bigBytes = expectError { _ = try s.pushBytes(chunk: Data(count: (1 << 20) + 1)) }
        guard case .InputTooLarge = bigBytes else { return XCTFail("\(String(describing: bigBytes))") }
        XCTAssertEqual(s.position() + s.buffered(), 0)
        let lang = expectError { _ = try TranscriptScanner(language: "klingon") }
        guard case .InvalidArgument = lang else { return XCTFail("\(String(describing: lang))") }
        assertMessage(lang, contains: "klingon")
        let hint = expectError { _ = try scanText(text: "hi", language: "xx") }
        guard case .InvalidArgument = hint else { return XCTFail("\(String(describing: hint))") }
    }

    func testTheGuardsScannerIsSharedSafelyAcrossTasks() async throws {
        let g = try CallGuard.bundled()
        let s = try g.transcriptScanner(language: "zh-Hans")
        let sentence = "我是支付宝客服。"
        let pushed = try await withThrowingTaskGroup(of: [Indicator].self) { group in
            for _ in 0..<40 { group.addTask { try s.push(chunk: sentence) } }
            var all: [Indicator] = []
            for try await part in group { all += part }
            return all
        }
        let all = (pushed + s.finish()).sorted { $0.start < $1.start }
        let expected = try g.scanText(text: String(repeating: sentence, count: 40), language: "zh-Hans")
        XCTAssertTrue(expected.contains { $0.kind == .impersonationClaim && $0.provider == "alipay" })
        XCTAssertEqual(all, expected)
    }
}

final class StateTests: XCTestCase {
    private func open(_ dir: URL) throws -> CallGuard {
        try CallGuard.openState(
            dir: dir.path, trustRoot: TrustRoot.demo(), registryId: "callguard-demo",
            shippedRegistry: bundledSignedRegistry())
    }

    func testAnUpdateSurvivesARestartARollbackStaysRefusedADamagedFileIsReported() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("callguard-state-\(UUID().uuidString)")
        let first = try open(dir)
        XCTAssertEqual(first.stateReport()?.source, .shipped)
        XCTAssertEqual(try first.updateRegistry(signedRegistry: fixture("registry-v2.signed.json")).version, 2)
        XCTAssertEqual(try first.updateRegistry(signedRegistry: fixture("registry-v3.signed.json")).version, 3)

        // Reopened (an app restart): still version 3, and version 2 is now a rollback.
        let again = try open(dir)
        XCTAssertEqual(again.stateReport()?.source, .stored)
        XCTAssertEqual(again.stateReport()?.floor, 3)
        XCTAssertEqual(again.stateReport()?.problems, [])
        XCTAssertEqual(again.registryInfo().version, 3)
        let e = expectError { _ = try again.updateRegistry(signedRegistry: fixture("registry-v2.signed.json")) }
        XCTAssertTrue(isVerification(e), "\(String(describing: e))")

        // The stored registry damaged: the previous copy answers, and the report says why.
        try Data("{\"payloadType\":".utf8).write(to: dir.appendingPathComponent("registry.signed.json"))
        let recovered = try open(dir)
        let r = try XCTUnwrap(recovered.stateReport())
        XCTAssertEqual(r.source, .previousCopy)
        XCTAssertEqual(recovered.registryInfo().version, 2)
        XCTAssertEqual(r.floor, 3, "the floor is never lowered")
        XCTAssertTrue(r.belowFloor)
        XCTAssertEqual(r.problems.first?.kind, "registry_refused")
        XCTAssertEqual(r.problems.first?.file, "registry.signed.json")
        XCTAssertEqual(try recovered.updateRegistry(signedRegistry: fixture("registry-v3.signed.json")).version, 3)
        XCTAssertEqual(try open(dir).stateReport()?.source, .stored)
        XCTAssertNil(try CallGuard.bundled().stateReport())
    }
}

