package dev.baton.history.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A three-way merge of parts known by key: a part changed on one side takes that side's text as it is, a part added on
 * one side is kept where that side put it, a part removed on one side and untouched on the other is removed; only a
 * part changed (or removed) on both sides is left to the {@link Resolver}. Ours' order is kept; theirs' new parts come
 * after the part they follow in theirs (after ours' own new parts there).
 */
final class KeyedMerge {

	/** Decides a part both sides changed. */
	interface Resolver {

		/**
		 * The merge of a part changed on both sides; {@code base} is {@code null} when both added it, {@code ours} or
		 * {@code theirs} when that side removed it.
		 */
		Piece both(Unit base, Unit ours, Unit theirs) throws RecordParts.Unsplittable;
	}

	private KeyedMerge() {
	}

	static List<Piece> merge(List<Unit> base, List<Unit> ours, List<Unit> theirs, Resolver resolver)
			throws RecordParts.Unsplittable {
		Map<String, Unit> baseByKey = byKey(base);
		Map<String, Unit> oursByKey = byKey(ours);
		Map<String, Unit> theirsByKey = byKey(theirs);
		List<String> order = new ArrayList<>(oursByKey.keySet());
		List<String> moved = new ArrayList<>();
		String previous = null;
		for (String key : theirsByKey.keySet()) {
			boolean removedByOurs = baseByKey.containsKey(key) && !oursByKey.containsKey(key);
			if (!oursByKey.containsKey(key)
					&& !(removedByOurs && Unit.unchanged(baseByKey.get(key), theirsByKey.get(key)))) {
				int at = previous == null ? 0 : order.indexOf(previous) + 1;
				while (at < order.size() && !baseByKey.containsKey(order.get(at))
						&& !theirsByKey.containsKey(order.get(at))) {
					at++; // ours' own new parts stay before theirs'
				}
				if (at > 0 && !order.get(at - 1).equals(previous)) {
					moved.add(key);
				}
				order.add(at, key);
			}
			if (order.contains(key)) {
				previous = key;
			}
		}
		List<Piece> pieces = new ArrayList<>();
		for (String key : order) {
			Unit b = baseByKey.get(key);
			Unit o = oursByKey.get(key);
			Unit t = theirsByKey.get(key);
			Piece piece = one(b, o, t, resolver);
			if (piece != null) {
				pieces.add(moved.contains(key) ? piece.movedThere() : piece);
			}
		}
		return pieces;
	}

	/** The merge of one part; {@code null} when it is removed. */
	private static Piece one(Unit b, Unit o, Unit t, KeyedMerge.Resolver resolver) throws RecordParts.Unsplittable {
		if (Unit.same(o, t)) {
			return o == null ? null : Piece.of(o.text());
		}
		if (Unit.unchanged(b, o)) {
			return t == null ? null : Piece.of(t.text());
		}
		if (Unit.unchanged(b, t)) {
			return o == null ? null : Piece.of(o.text());
		}
		return resolver.both(b, o, t);
	}

	private static Map<String, Unit> byKey(List<Unit> units) {
		Map<String, Unit> byKey = new LinkedHashMap<>();
		for (Unit unit : units) {
			byKey.put(unit.key(), unit);
		}
		return byKey;
	}
}
