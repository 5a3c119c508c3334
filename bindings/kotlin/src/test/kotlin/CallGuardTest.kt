// The Kotlin suite of callguard's bindings: every exported function and type, the error paths
// with their messages, and concurrent use. Run by bindings/test.sh (JUnit 5 on the JVM, with
// -Djna.library.path pointing at the freshly built libcallguard.so and -Dcallguard.fixtures at
// the signed registries the script makes with the CLI).
package org.callguard.test

import java.io.File
import java.util.Random
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicReference
import org.callguard.Assessment
import org.callguard.CallGuard
import org.callguard.CallGuardException
import org.callguard.CallerCheck
import org.callguard.CallerId
import org.callguard.Channel
import org.callguard.Indicator
import org.callguard.IndicatorKind
import org.callguard.Purpose
import org.callguard.RegistrySource
import org.callguard.Risk
import org.callguard.SecretKind
import org.callguard.TranscriptScanner
import org.callguard.TrustRoot
import org.callguard.Verdict
import org.callguard.bundledSignedRegistry
import org.callguard.maxTextBytes
import org.callguard.normalizeCallerId
import org.callguard.scanText
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

private const val PAYPAL = "+18882211161"
private const val PAYPAL_ODD = "+18882211162"

private val fixtures: File =
    File(System.getProperty("callguard.fixtures") ?: error("run with -Dcallguard.fixtures=DIR"))

private fun fixture(name: String): ByteArray = File(fixtures, name).readBytes()

/** The bundled envelope with one base64 character of its payload changed. */
private fun tamperedBundle(): ByteArray {
    val text = String(bundledSignedRegistry(), Charsets.UTF_8)
    val at = Regex("\"payload\"\\s*:\\s*\"").find(text)!!.range.last + 40
    val swapped = if (text[at] == 'A') 'B' else 'A'
    return (text.substring(0, at) + swapped + text.substring(at + 1)).toByteArray(Charsets.UTF_8)
}

/** Asserts the error message is a sentence from Rust, not a field dump or a class name. */
private fun assertMessage(e: CallGuardException, vararg words: String) {
    val m = e.message
    assertNotNull(m)
    assertTrue(m!!.isNotBlank(), "empty message")
    assertFalse(m.startsWith(e.javaClass.simpleName), "message names the class: $m")
    for (w in words) assertTrue(m.contains(w, ignoreCase = true), "\"$w\" not in \"$m\"")
}

private fun assertSpan(text: String, i: Indicator) {
    assertEquals(i.excerpt, text.substring(i.startUtf16.toInt(), i.endUtf16.toInt()))
    val bytes = text.toByteArray(Charsets.UTF_8)
    assertEquals(i.excerpt, String(bytes.copyOfRange(i.start.toInt(), i.end.toInt()), Charsets.UTF_8))
}

class CheckTest {
    private val guard = CallGuard.bundled()

    @Test
    fun `official international number`() {
        val c: CallerCheck = guard.checkCaller("+1 888-221-1161", null, null)
        assertEquals(Verdict.OFFICIAL, c.verdict)
        assertEquals("paypal", c.provider)
        assertEquals(PAYPAL, c.normalized)
        assertEquals("+1 888-221-1161", c.input)
        assertTrue(c.reasons.isNotEmpty())
        assertTrue(c.reasons.all { it.code.isNotBlank() && it.message.isNotBlank() })
    }

    @Test
    fun `official short code in its region`() {
        val c = guard.checkCaller("95188", "CN", null)
        assertEquals(Verdict.OFFICIAL, c.verdict)
        assertEquals("alipay", c.provider)
        assertEquals("95188", c.normalized)
        assertEquals("CN", c.region)
    }

    @Test
    fun `claim mismatch names the claimed provider's numbers`() {
        val c = guard.checkCaller(PAYPAL, null, "alipay")
        assertEquals(Verdict.CLAIM_MISMATCH, c.verdict)
        assertTrue(c.officialNumbers.contains("95188"), c.officialNumbers.toString())
    }

    @Test
    fun `one digit off is a lookalike`() {
        val c = guard.checkCaller("+18882211162", null, null)
        assertEquals(Verdict.LOOKALIKE, c.verdict)
        assertEquals("paypal", c.provider)
        assertTrue(c.officialNumbers.contains(PAYPAL))
    }

    @Test
    fun `unrelated valid number is unknown`() {
        val c = guard.checkCaller("+44 20 7946 0000", null, null)
        assertEquals(Verdict.UNKNOWN, c.verdict)
        assertNull(c.provider)
    }

    @Test
    fun `withheld and invalid callers`() {
        val w = guard.checkCaller("anonymous", null, null)
        assertEquals(Verdict.WITHHELD, w.verdict)
        assertNull(w.normalized)
        val i = guard.checkCaller("call me maybe", null, null)
        assertEquals(Verdict.INVALID, i.verdict)
        assertNull(i.normalized)
        assertTrue(i.reasons.first().message.isNotBlank())
    }

    @Test
    fun `malformed region is an InvalidArgument error`() {
        val e = assertThrows(CallGuardException.InvalidArgument::class.java) {
            guard.checkCaller("95188", "China", null)
        }
        assertMessage(e, "\"China\"", "two-letter")
    }

    @Test
    fun `oversized caller ID is refused with its size`() {
        val e = assertThrows(CallGuardException.InputTooLarge::class.java) {
            guard.checkCaller("1".repeat(5000), null, null)
        }
        assertEquals("caller ID is 5000 bytes long; at most 4096 are accepted", e.message)
    }

    @Test
    fun `arbitrary input never escapes as anything but a typed error`() {
        val rnd = Random(42)
        // Whole code points: a lone UTF-16 surrogate cannot be encoded as UTF-8 and is refused by
        // the JVM before it reaches Rust.
        val alphabet = "0123456789+-() .#*abcxyz９５１８８\u200b\u0000€😀验证码tel:sip:@;".codePoints().toArray()
        repeat(2000) {
            val sb = StringBuilder()
            repeat(rnd.nextInt(40)) { sb.appendCodePoint(alphabet[rnd.nextInt(alphabet.size)]) }
            val s = sb.toString()
            val region = listOf(null, "CN", "US", "GB")[rnd.nextInt(4)]
            val c = guard.checkCaller(s, region, null)
            assertTrue(c.reasons.isNotEmpty())
            try {
                normalizeCallerId(s, region)
            } catch (e: CallGuardException.InvalidNumber) {
                assertMessage(e)
            }
            scanText(s, null)
        }
    }
}

class NormalizeTest {
    @Test
    fun `international number with separators and full-width digits`() {
        val n = normalizeCallerId("+1 (888) 221-1161", null)
        assertEquals(CallerId.International(PAYPAL, 18882211161L), n)
        val fw = normalizeCallerId("９５１８８", "CN")
        assertEquals(CallerId.ShortCode("CN", "95188"), fw)
    }

    @Test
    fun `an extension and national formats are read by the library as shipped`() {
        // The shipped library's regex engine carries only the Unicode tables callguard needs
        // (test builds of the Rust crate carry all of them): an extension label is matched
        // case-insensitively, a national number goes through the metadata's patterns.
        assertEquals(CallerId.International(PAYPAL, 18882211161L), normalizeCallerId("(888) 221-1161 EXT. 12", "US"))
        assertEquals(CallerId.International(PAYPAL, 18882211161L), normalizeCallerId("888.221.1161 x12", "US"))
        assertEquals(CallerId.International("+8613912345678", 8613912345678L), normalizeCallerId("139 1234 5678", "CN"))
    }

    @Test
    fun `withheld caller`() {
        assertEquals(CallerId.Withheld, normalizeCallerId("", null))
        assertEquals(CallerId.Withheld, normalizeCallerId("Anonymous", "US"))
    }

    @Test
    fun `not a number throws InvalidNumber with the Rust message`() {
        val e = assertThrows(CallGuardException.InvalidNumber::class.java) {
            normalizeCallerId("call me maybe", "US")
        }
        assertMessage(e)
        // The same reason reaches the verdict.
        val check = CallGuard.bundled().checkCaller("call me maybe", "US", null)
        assertTrue(check.reasons.any { it.message.contains(e.message!!) }, "${check.reasons} vs ${e.message}")
    }

    @Test
    fun `oversized and bad region`() {
        assertThrows(CallGuardException.InputTooLarge::class.java) {
            normalizeCallerId("9".repeat(4097), null)
        }
        assertThrows(CallGuardException.InvalidArgument::class.java) {
            normalizeCallerId("95188", "C")
        }
    }
}

class ScanTest {
    @Test
    fun `a request for the verification code is a credential request`() {
        val text = "您好，我是支付宝客服。请把刚才收到的验证码告诉我。"
        val found = scanText(text, null)
        val req = found.firstOrNull { it.kind == IndicatorKind.CREDENTIAL_REQUEST }
        assertNotNull(req, found.toString())
        assertEquals(SecretKind.VERIFICATION_CODE, req!!.secret)
        for (i in found) assertSpan(text, i)
        // Without a registry the claim names no provider; the guard's scanner knows Alipay.
        val claim = found.firstOrNull { it.kind == IndicatorKind.IMPERSONATION_CLAIM }
        assertNotNull(claim, found.toString())
        assertNull(claim!!.provider)
        val named = CallGuard.bundled().scanText(text, null)
            .firstOrNull { it.kind == IndicatorKind.IMPERSONATION_CLAIM }
        assertEquals("alipay", named?.provider)
    }

    @Test
    fun `english request with a span after an emoji`() {
        val text = "😀 Hi, this is PayPal. Please read me the verification code we just sent you."
        val found = scanText(text, null)
        val req = found.first { it.kind == IndicatorKind.CREDENTIAL_REQUEST }
        assertEquals(SecretKind.VERIFICATION_CODE, req.secret)
        assertSpan(text, req)
        assertTrue(req.startUtf16 < req.start, "UTF-16 and byte offsets differ after an emoji")
    }

    @Test
    fun `the one-time-code SMS itself is not flagged`() {
        val found = scanText("【支付宝】验证码 482913，请勿泄露给他人。", null)
        assertTrue(found.none { it.kind == IndicatorKind.CREDENTIAL_REQUEST }, found.toString())
    }

    @Test
    fun `oversized text is refused`() {
        assertEquals(1L shl 20, maxTextBytes().toLong())
        val e = assertThrows(CallGuardException.InputTooLarge::class.java) {
            scanText("a".repeat((1 shl 20) + 1), null)
        }
        assertEquals("text is 1048577 bytes long; at most 1048576 are accepted", e.message)
        // At the limit it is accepted.
        scanText("a".repeat(1 shl 20), null)
    }

    @Test
    fun `method form on the guard`() {
        val guard = CallGuard.bundled()
        val text = "Please tell me your PIN."
        assertEquals(scanText(text, null), guard.scanText(text, null))
    }
}

class AssessTest {
    private val guard = CallGuard.bundled()

    @Test
    fun `credential request from an official number is still high risk`() {
        val a: Assessment = guard.assessCall(
            PAYPAL, "This is PayPal. Please read me the verification code we just sent.", null, null
        )
        assertEquals(Risk.HIGH, a.risk)
        assertEquals(Verdict.OFFICIAL, a.verdict.verdict)
        assertTrue(a.indicators.any { it.kind == IndicatorKind.CREDENTIAL_REQUEST })
        assertTrue(a.reasons.any { it.code == "asks_for_secret" }, a.reasons.toString())
        assertTrue(a.advice.en.contains(PAYPAL), a.advice.en)
        assertTrue(a.advice.zhHans.isNotBlank())
    }

    @Test
    fun `claimed provider from the text makes a lookalike high risk`() {
        val a = guard.assessCall("+18882211162", "PayPal here, share your screen please.", null, null)
        assertEquals(Risk.HIGH, a.risk)
        assertEquals(Verdict.LOOKALIKE, a.verdict.verdict)
    }

    @Test
    fun `nothing suspicious`() {
        val a = guard.assessCall("95188", "您的快递已放在门口。", "CN", null)
        assertEquals(Risk.NONE, a.risk)
        assertEquals("nothing_suspicious", a.reasons.single().code)
    }

    @Test
    fun `a text on its own`() {
        val text = "您好，我是支付宝客服。请把刚才收到的验证码告诉我。"
        val t = guard.assessText(text, null)
        assertEquals(Risk.HIGH, t.risk)
        assertEquals(guard.scanText(text, null), t.indicators)
        val otp = guard.assessText("【支付宝】验证码 482913，请勿泄露给他人。", "zh-Hans")
        assertTrue(otp.risk < Risk.HIGH, otp.toString())
        assertEquals(Risk.NONE, guard.assessText("See you at lunch.", "en").risk)
        assertThrows(CallGuardException.InputTooLarge::class.java) {
            guard.assessText("x".repeat((1 shl 20) + 1), null)
        }
        assertThrows(CallGuardException.InvalidArgument::class.java) { guard.assessText("hi", "tlh") }
    }

    @Test
    fun `errors of assess`() {
        assertThrows(CallGuardException.InputTooLarge::class.java) {
            guard.assessCall(PAYPAL, "x".repeat((1 shl 20) + 1), null, null)
        }
        assertThrows(CallGuardException.InvalidArgument::class.java) {
            guard.assessCall(PAYPAL, "hello", "USA", null)
        }
    }
}

class RegistryTest {
    @Test
    fun `bundled registry info`() {
        val info = CallGuard.bundled().registryInfo()
        assertEquals("callguard-demo", info.registryId)
        assertTrue(info.demo)
        assertEquals(1UL, info.version)
        assertTrue(info.providerCount >= 2u && info.numberCount >= info.providerCount)
        assertTrue(Regex("[0-9a-f]{64}").matches(info.payloadSha256))
        assertEquals(TrustRoot.demo().keyIds(), info.signers)
        assertTrue(info.expiresAtUnix > System.currentTimeMillis() / 1000)
        assertTrue(info.issuedAt.isNotBlank() && info.expiresAt.isNotBlank())
        assertFalse(CallGuard.bundled().registryExpired())
    }

    @Test
    fun `providers and official numbers`() {
        val providers = CallGuard.bundled().providers()
        val paypal = providers.first { it.id == "paypal" }
        assertEquals("PayPal", paypal.names["en"])
        assertNotNull(paypal.names["zh-Hans"])
        assertTrue(paypal.website.startsWith("https://"))
        val n = paypal.numbers.first { it.number == PAYPAL }
        assertTrue(n.channels.contains(Channel.VOICE))
        assertTrue(n.purposes.isNotEmpty())
        assertTrue(n.source.startsWith("https://"))
        val alipay = providers.first { it.id == "alipay" }.numbers.first { it.number == "95188" }
        assertEquals("CN", alipay.region)
        assertTrue(n.purposes.contains(Purpose.CUSTOMER_SERVICE), n.purposes.toString())
        // ICBC is listed in the compact form: a bare "95588" under provider defaults.
        val icbc = providers.first { it.id == "icbc" }.numbers.single()
        assertEquals("95588", icbc.number)
        assertEquals("CN", icbc.region)
        assertEquals(listOf(Channel.VOICE, Channel.SMS), icbc.channels)
        assertEquals(listOf(Purpose.CUSTOMER_SERVICE, Purpose.NOTIFICATIONS), icbc.purposes)
        assertEquals("https://www.icbc.com.cn/", icbc.source)
    }

    @Test
    fun `call directory entries are ascending and short codes are opt-in`() {
        val guard = CallGuard.bundled()
        val all = guard.callDirectory(null, "en")
        val numbers = all.entries.map { it.number }
        assertEquals(numbers.sorted().distinct(), numbers)
        assertEquals("PayPal (DEMO)", all.entries.first { it.number == 18882211161L }.label)
        assertTrue(all.excludedShortCodes.contains("95188 (CN)"), all.excludedShortCodes.toString())
        val cn = guard.callDirectory("CN", "zh-Hans")
        assertTrue(cn.entries.any { it.number == 95188L && it.label.contains("支付宝") })
        assertFalse(cn.excludedShortCodes.contains("95188 (CN)"))
        assertThrows(CallGuardException.InvalidArgument::class.java) { guard.callDirectory("CHN", "en") }
    }

    @Test
    fun `trust roots`() {
        val demo = TrustRoot.demo()
        assertEquals(1u, demo.threshold())
        assertEquals(1UL, demo.version())
        assertEquals(1, demo.keyIds().size)
        assertEquals(demo.keyIds(), TrustRoot.fromJson(demo.toJson()).keyIds())
        assertEquals(demo.keyIds(), CallGuard.bundled().trustRoot().keyIds())
        val pem = File(fixtures, "untrusted.pub").readText()
        val other = TrustRoot.fromPublicKeys(listOf(pem), 1u)
        assertEquals(1, other.keyIds().size)
        assertFalse(other.keyIds() == demo.keyIds())
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                TrustRoot.fromPublicKeys(listOf("not a key"), 1u)
            },
            "public key",
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                TrustRoot.fromPublicKeys(listOf(pem), 2u)
            },
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                TrustRoot.fromJson("{}".toByteArray())
            },
            "trust root",
        )
    }

    @Test
    fun `open a signed registry with the app's trust root`() {
        val guard = CallGuard.open(bundledSignedRegistry(), TrustRoot.demo(), "callguard-demo", 0UL)
        assertEquals(CallGuard.bundled().registryInfo(), guard.registryInfo())
        assertEquals(Verdict.OFFICIAL, guard.checkCaller(PAYPAL, null, null).verdict)
    }

    @Test
    fun `open refuses tampered, untrusted, other-series and rolled-back registries`() {
        val demo = TrustRoot.demo()
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                CallGuard.open(tamperedBundle(), demo, "callguard-demo", 0UL)
            },
            "signature",
        )
        val other = TrustRoot.fromPublicKeys(listOf(File(fixtures, "untrusted.pub").readText()), 1u)
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                CallGuard.open(bundledSignedRegistry(), other, "callguard-demo", 0UL)
            },
            "1 required",
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                CallGuard.open(bundledSignedRegistry(), demo, "my-bank", 0UL)
            },
            "registry id",
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                CallGuard.open(bundledSignedRegistry(), demo, "callguard-demo", 5UL)
            },
            "rollback",
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                CallGuard.open("{".toByteArray(), demo, "callguard-demo", 0UL)
            },
            "not a signed envelope",
        )
    }

    @Test
    fun `updates go forward only and a failed update changes nothing`() {
        val guard = CallGuard.bundled()
        // Re-delivery of the registry in force is a no-op.
        assertEquals(guard.registryInfo(), guard.updateRegistry(bundledSignedRegistry()))
        assertEquals(2UL, guard.updateRegistry(fixture("registry-v2.signed.json")).version)
        assertEquals(Verdict.OFFICIAL, guard.checkCaller(PAYPAL, null, null).verdict)
        val v3 = guard.updateRegistry(fixture("registry-v3.signed.json"))
        assertEquals(3UL, v3.version)
        assertEquals(Verdict.LOOKALIKE, guard.checkCaller(PAYPAL, null, null).verdict)
        assertEquals(Verdict.OFFICIAL, guard.checkCaller(PAYPAL_ODD, null, null).verdict)

        fun refused(bytes: ByteArray, vararg words: String) {
            val e = assertThrows(CallGuardException.Verification::class.java) { guard.updateRegistry(bytes) }
            assertMessage(e, *words)
            assertEquals(v3, guard.registryInfo(), "a failed update changed the registry")
        }
        refused(fixture("registry-v2.signed.json"), "rollback")
        refused(fixture("registry-v2-untrusted-key.signed.json"), "unknown")
        refused(fixture("registry-v2-expired.signed.json"))
        refused(fixture("registry-v2-other-series.signed.json"), "another-series")
        refused(tamperedBundle())
        refused("not json".toByteArray(), "not a signed envelope")
        refused(ByteArray(0))
    }

    @Test
    fun `expired update says so`() {
        val guard = CallGuard.bundled()
        val e = assertThrows(CallGuardException.Verification::class.java) {
            guard.updateRegistry(fixture("registry-v2-expired.signed.json"))
        }
        assertMessage(e, "expired")
    }

    @Test
    fun `rotating to a garbage root is refused and keeps the root`() {
        val guard = CallGuard.bundled()
        assertThrows(CallGuardException.Verification::class.java) {
            guard.rotateTrustRoot("{}".toByteArray())
        }
        assertThrows(CallGuardException.Verification::class.java) {
            guard.rotateTrustRoot(bundledSignedRegistry())
        }.also { assertMessage(it, "payloadType") }
        assertEquals(TrustRoot.demo().keyIds(), guard.trustRoot().keyIds())
    }

    @Test
    fun `rotating the trust root moves updates to the new key`() {
        val guard = CallGuard.bundled()
        val newKey = TrustRoot.fromPublicKeys(listOf(File(fixtures, "untrusted.pub").readText()), 1u).keyIds()
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                guard.rotateTrustRoot(fixture("root-v2-self-only.signed.json"))
            },
            "current root",
        )
        assertMessage(
            assertThrows(CallGuardException.Verification::class.java) {
                guard.rotateTrustRoot(fixture("root-v1.signed.json"))
            },
            "version",
        )
        assertEquals(TrustRoot.demo().keyIds(), guard.trustRoot().keyIds())
        assertEquals(2UL, guard.rotateTrustRoot(fixture("root-v2.signed.json")))
        assertEquals(newKey, guard.trustRoot().keyIds())
        assertEquals(2UL, guard.trustRoot().version())
        // The registry in force stays; updates now need the new key.
        assertEquals(1UL, guard.registryInfo().version)
        assertThrows(CallGuardException.Verification::class.java) {
            guard.updateRegistry(fixture("registry-v3.signed.json"))
        }
        val info = guard.updateRegistry(fixture("registry-v2-untrusted-key.signed.json"))
        assertEquals(2UL, info.version)
        assertEquals(newKey, info.signers)
    }
}

class ConcurrencyTest {
    @Test
    fun `checks on many threads while another thread updates 40 times`() {
        val guard = CallGuard.bundled()
        val readers = 8
        val pool = Executors.newFixedThreadPool(readers + 1)
        val start = CountDownLatch(1)
        val done = java.util.concurrent.atomic.AtomicBoolean(false)
        val checks = AtomicInteger()
        val failure = AtomicReference<Throwable?>(null)
        repeat(readers) { r ->
            pool.submit {
                try {
                    start.await()
                    var lastVersion = 0UL
                    while (!done.get() || checks.get() < 100) {
                        val v = guard.registryInfo().version
                        assertTrue(v >= lastVersion, "version went back from $lastVersion to $v")
                        lastVersion = v
                        val c = guard.checkCaller(if (r % 2 == 0) PAYPAL else "+1 888 221 1161", null, null)
                        val consistent =
                            (c.verdict == Verdict.OFFICIAL && c.provider == "paypal") ||
                                (c.verdict == Verdict.LOOKALIKE && c.officialNumbers.contains(PAYPAL_ODD))
                        assertTrue(consistent, "inconsistent answer $c")
                        checks.incrementAndGet()
                    }
                } catch (t: Throwable) {
                    failure.compareAndSet(null, t)
                }
            }
        }
        val updater = pool.submit {
            try {
                start.await()
                for (n in 2..41) {
                    assertEquals(n.toULong(), guard.updateRegistry(fixture("registry-v$n.signed.json")).version)
                }
            } catch (t: Throwable) {
                failure.compareAndSet(null, t)
            } finally {
                done.set(true)
            }
        }
        start.countDown()
        updater.get(120, TimeUnit.SECONDS)
        pool.shutdown()
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS))
        failure.get()?.let { throw it }
        assertEquals(41UL, guard.registryInfo().version)
        assertEquals(Verdict.LOOKALIKE, guard.checkCaller(PAYPAL, null, null).verdict)
        assertTrue(checks.get() >= 100)
    }

    @Test
    fun `many threads scanning and assessing at once agree with a single thread`() {
        val guard = CallGuard.bundled()
        val text = "我是支付宝客服，您的账户有风险，请马上把验证码发给我，不要告诉别人。"
        val expected = guard.assessCall("+8613800138000", text, null, null)
        val pool = Executors.newFixedThreadPool(8)
        val futures = (1..200).map { pool.submit<Assessment> { guard.assessCall("+8613800138000", text, null, null) } }
        for (f in futures) assertEquals(expected, f.get(60, TimeUnit.SECONDS))
        pool.shutdown()
    }
}

class StreamTest {
    private val transcript =
        "喂，您好，我是支付宝客服。您的账户存在风险，需要马上处理。" +
            "请把手机上刚收到的验证码读给我，不要告诉任何人。Also, please install the screen share app now."

    @Test
    fun `chunks give the same indicators as a one-shot scan, even split inside words`() {
        val expected = scanText(transcript, null)
        assertTrue(expected.any { it.kind == IndicatorKind.CREDENTIAL_REQUEST }, expected.toString())
        // Every split of the code points into chunks of 1..7, including inside 验证码.
        for (size in 1..7) {
            val s = TranscriptScanner(null)
            val got = mutableListOf<Indicator>()
            var i = 0
            while (i < transcript.length) {
                var j = minOf(transcript.length, i + size)
                if (j < transcript.length && Character.isLowSurrogate(transcript[j])) j++
                got += s.push(transcript.substring(i, j))
                i = j
            }
            got += s.finish()
            assertEquals(expected, got, "chunk size $size")
        }
    }

    @Test
    fun `an indicator is reported as soon as its sentence is complete`() {
        val s = TranscriptScanner("zh-Hans")
        assertTrue(s.push("我是支付宝客服，请把验证").none { it.kind == IndicatorKind.CREDENTIAL_REQUEST })
        // A sentence is complete once the text after its terminator begins.
        assertTrue(s.push("码告诉我。").none { it.kind == IndicatorKind.CREDENTIAL_REQUEST })
        val now = s.push("好")
        assertTrue(now.any { it.kind == IndicatorKind.CREDENTIAL_REQUEST }, now.toString())
        val first = "我是支付宝客服，请把验证码告诉我。".toByteArray(Charsets.UTF_8).size.toULong()
        assertEquals(first, s.position())
        assertEquals(3UL, s.buffered())
        assertTrue(s.finish().isEmpty())
        // After finish the stream starts over at offset 0.
        val again = s.push("请把验证码告诉我。") + s.finish()
        assertEquals(scanText("请把验证码告诉我。", "zh-Hans"), again)
    }

    @Test
    fun `raw bytes split inside a character and offsets into the whole stream`() {
        val bytes = transcript.toByteArray(Charsets.UTF_8)
        val s = TranscriptScanner(null)
        val got = mutableListOf<Indicator>()
        var i = 0
        while (i < bytes.size) {
            val j = minOf(bytes.size, i + 5)
            got += s.pushBytes(bytes.copyOfRange(i, j))
            i = j
        }
        got += s.finish()
        assertEquals(scanText(transcript, null), got)
        for (ind in got) assertSpan(transcript, ind)
    }

    @Test
    fun `memory stays bounded on a long stream without sentence ends`() {
        val s = TranscriptScanner("en")
        repeat(2000) { s.push("blah blah blah blah ") }
        assertTrue(s.buffered() < 64UL * 1024UL, "buffered ${s.buffered()}")
        assertEquals(40_000UL, s.position() + s.buffered())
    }

    @Test
    fun `errors of the stream`() {
        val s = TranscriptScanner(null)
        val e = assertThrows(CallGuardException.InputTooLarge::class.java) {
            s.push("x".repeat((1 shl 20) + 1))
        }
        assertEquals("chunk is 1048577 bytes long; at most 1048576 are accepted", e.message)
        assertThrows(CallGuardException.InputTooLarge::class.java) { s.pushBytes(ByteArray((1 shl 20) + 1)) }
        assertEquals(0UL, s.position() + s.buffered())
        assertMessage(
            assertThrows(CallGuardException.InvalidArgument::class.java) { TranscriptScanner("klingon") },
            "klingon",
        )
        assertThrows(CallGuardException.InvalidArgument::class.java) { scanText("hi", "xx") }
    }

    @Test
    fun `the guard's scanner knows the registry's providers and is shared safely`() {
        val guard = CallGuard.bundled()
        val s = guard.transcriptScanner("zh-Hans")
        val pool = Executors.newFixedThreadPool(4)
        // Several threads feeding one scanner: calls are serialized, nothing is lost.
        val futures = (1..40).map { pool.submit<List<Indicator>> { s.push("我是支付宝客服。") } }
        val all = (futures.flatMap { it.get(60, TimeUnit.SECONDS) } + s.finish()).sortedBy { it.start }
        pool.shutdown()
        val expected = guard.scanText("我是支付宝客服。".repeat(40), "zh-Hans")
        assertTrue(expected.any { it.kind == IndicatorKind.IMPERSONATION_CLAIM && it.provider == "alipay" })
        assertEquals(expected, all)
        // A transcript scanner made without a guard knows no providers: the claim is generic.
        val generic = TranscriptScanner("zh-Hans").let { it.push("我是支付宝客服。") + it.finish() }
        assertEquals(scanText("我是支付宝客服。", "zh-Hans"), generic)
        assertTrue(generic.none { it.provider != null }, generic.toString())
    }
}

class StateTest {
    private fun open(dir: File) =
        CallGuard.openState(dir.path, TrustRoot.demo(), "callguard-demo", bundledSignedRegistry())

    @Test
    fun `an update survives a restart, a rollback stays refused, a damaged file is reported`() {
        val dir = java.nio.file.Files.createTempDirectory("callguard-state").toFile()
        val first = open(dir)
        assertEquals(RegistrySource.SHIPPED, first.stateReport()!!.source)
        assertEquals(2UL, first.updateRegistry(fixture("registry-v2.signed.json")).version)
        assertEquals(3UL, first.updateRegistry(fixture("registry-v3.signed.json")).version)

        // Reopened (an app restart): still version 3, and version 2 is now a rollback.
        val again = open(dir)
        val report = again.stateReport()!!
        assertEquals(RegistrySource.STORED, report.source)
        assertEquals(3UL, report.floor)
        assertTrue(report.problems.isEmpty(), report.problems.toString())
        assertEquals(3UL, again.registryInfo().version)
        val e = assertThrows(CallGuardException.Verification::class.java) {
            again.updateRegistry(fixture("registry-v2.signed.json"))
        }
        assertMessage(e, "rollback")

        // The stored registry damaged: the previous copy answers, and the report says why.
        File(dir, "registry.signed.json").writeText("{\"payloadType\":")
        val recovered = open(dir)
        val r = recovered.stateReport()!!
        assertEquals(RegistrySource.PREVIOUS_COPY, r.source)
        assertEquals(2UL, recovered.registryInfo().version)
        assertEquals(3UL, r.floor, "the floor is never lowered")
        assertTrue(r.belowFloor)
        assertEquals("registry_refused", r.problems[0].kind)
        assertEquals("registry.signed.json", r.problems[0].file)
        // The lost version 3 is accepted again; nothing below it is.
        assertThrows(CallGuardException.Verification::class.java) {
            recovered.updateRegistry(fixture("registry-v2-untrusted-key.signed.json"))
        }
        assertEquals(3UL, recovered.updateRegistry(fixture("registry-v3.signed.json")).version)
        assertEquals(RegistrySource.STORED, open(dir).stateReport()!!.source)
        // A guard not opened from a directory has no report.
        assertNull(CallGuard.bundled().stateReport())
    }
}

