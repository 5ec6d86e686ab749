package dev.baton.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.baton.api.RunContext;

/** What the pieces of work of one run share, and that a plain context shares nothing. */
class RunContextTest {

	private static final RunContext PLAIN = RunContext.asOf(LocalDate.of(2026, 11, 28));
	private static final RunContext.Shared.Kind<CharSequence> PACK = new RunContext.Shared.Kind<>("pack",
			CharSequence.class);
	private static final RunContext.Shared.Kind<CharSequence> INDEX = new RunContext.Shared.Kind<>("index",
			CharSequence.class);

	@Test
	void aPlainContextComputesEveryTime() {
		AtomicInteger computed = new AtomicInteger();
		Object first = PLAIN.shared().get(PACK, this, () -> new StringBuilder("v" + computed.incrementAndGet()));
		Object second = PLAIN.shared().get(PACK, this, () -> new StringBuilder("v" + computed.incrementAndGet()));
		assertNotSame(first, second);
		assertEquals(2, computed.get());
	}

	@Test
	void theWorkOfOneRunComputesOnceAndAnotherRunAgain() {
		RunContext run = PLAIN.sharing();
		assertEquals(PLAIN.asOf(), run.asOf());
		assertSame(PLAIN.monitor(), run.monitor());
		AtomicInteger computed = new AtomicInteger();
		CharSequence first = run.shared().get(PACK, List.of(this), () -> "v" + computed.incrementAndGet());
		assertSame(first, run.shared().get(PACK, List.of(this), () -> "v" + computed.incrementAndGet()));
		assertEquals("v1", first);
		assertEquals("v2", run.shared().get(PACK, List.of("other"), () -> "v" + computed.incrementAndGet()));
		// another kind of result computed from the same input is another result
		assertEquals("v3", run.shared().get(INDEX, List.of(this), () -> "v" + computed.incrementAndGet()));
		assertEquals("v4", PLAIN.sharing().shared().get(PACK, List.of(this), () -> "v" + computed.incrementAndGet()));
		assertEquals("Shared[index, pack]", run.shared().toString());
	}

	@Test
	void aResultOfAnotherTypeThanItsKindSaysIsRefused() {
		@SuppressWarnings({ "rawtypes", "unchecked" })
		RunContext.Shared.Kind<CharSequence> lying = (RunContext.Shared.Kind) new RunContext.Shared.Kind<>("count",
				Integer.class);
		assertThrows(ClassCastException.class, () -> PLAIN.sharing().shared().get(lying, "k", () -> "text"));
	}

	@Test
	void aFailedComputationIsNotStored() {
		RunContext run = PLAIN.sharing();
		assertThrows(RunContext.CancelledException.class, () -> run.shared().get(PACK, "k", () -> {
			throw new RunContext.CancelledException();
		}));
		assertEquals("done", run.shared().get(PACK, "k", () -> "done"));
	}
}
