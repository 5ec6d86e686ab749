package dev.baton.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.Kinds;
import dev.baton.store.StoreFindings;

/**
 * Resolves references by id once every file is read. Records other than decisions share one namespace; decisions are
 * found within their set by id, number ({@code 7}, {@code 0007}, {@code ADR-7}) or slug, and in another set as
 * {@code set:ref}. A reference that does not resolve becomes an EMF proxy whose URI fragment is the token as written:
 * it stays in the model, is written back unchanged and is reported.
 */
public final class References {

	/** URI of unresolved references; the fragment is the token as written. */
	public static final URI UNRESOLVED = URI.createURI("baton:/unresolved");

	private static final Pattern ADR_NUMBER = Pattern.compile("(?i)(?:(?:adr|rfc)[-_ ]?|#)?0*(\\d+)");

	private final Map<String, Record> records = new HashMap<>();
	private final Map<String, DecisionIndex> sets = new LinkedHashMap<>();
	private final DecisionSet defaultSet;

	private static final class DecisionIndex {

		final Map<String, Decision> byId = new HashMap<>();
		/** Decisions by number, in set order (more than one: the number is taken twice). */
		final Map<Integer, List<Decision>> byNumber = new HashMap<>();
		/** The decision, or the decisions in set order when several share the name: the first one answers. */
		final Map<String, Object> bySlug = new HashMap<>();
		/**
		 * Ids, slugs and titles in lower case: links written another case or by title, as ADR importers resolve them.
		 */
		final Map<String, Object> byLowerName = new HashMap<>();
	}

	public References(DecisionSet defaultSet) {
		this.defaultSet = defaultSet;
	}

	/** Adds a record other than a decision; returns the record already holding the id, if any. */
	public Record add(Record record) {
		return records.putIfAbsent(record.getId(), record);
	}

	/**
	 * Adds a decision to its set's index; returns the decision already holding the id, if any. Where decisions share a
	 * number, slug or title, the first in the set's order answers, as in a load: a decision not yet in its set counts
	 * as its last.
	 */
	public Decision add(DecisionSet set, Decision decision) {
		DecisionIndex index = sets.computeIfAbsent(set.getName(), n -> new DecisionIndex());
		Decision existing = index.byId.putIfAbsent(decision.getId(), decision);
		if (existing != null) {
			return existing;
		}
		if (decision.getNumber() != null) {
			insertInOrder(index.byNumber.computeIfAbsent(decision.getNumber(), n -> new ArrayList<>()), decision);
		}
		for (Map.Entry<Map<String, Object>, String> name : names(index, decision)) {
			name.getKey().merge(name.getValue(), decision, (held, added) -> {
				if (held == added) {
					return held; // its id and slug, say, are the same name
				}
				List<Decision> list = candidates(held);
				insertInOrder(list, decision);
				return list;
			});
		}
		return null;
	}

	/**
	 * Takes a record out of the index (its file went or is read again), as it was added: with the id, number, slug and
	 * title it has now. A name it shared goes to the next holder.
	 */
	public void remove(Record record) {
		if (!(record instanceof Decision decision)) {
			records.remove(record.getId(), record);
			return;
		}
		if (!(decision.eContainer() instanceof DecisionSet set) || !sets.containsKey(set.getName())) {
			return;
		}
		DecisionIndex index = sets.get(set.getName());
		if (!index.byId.remove(decision.getId(), decision)) {
			return; // a duplicate that the index never took
		}
		if (decision.getNumber() != null) {
			List<Decision> numbered = index.byNumber.get(decision.getNumber());
			if (numbered != null && numbered.remove(decision) && numbered.isEmpty()) {
				index.byNumber.remove(decision.getNumber());
			}
		}
		for (Map.Entry<Map<String, Object>, String> name : names(index, decision)) {
			name.getKey().computeIfPresent(name.getValue(), (key, held) -> {
				if (held == decision) {
					return null;
				}
				if (held instanceof List<?>) {
					List<Decision> list = candidates(held);
					list.remove(decision);
					return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : list;
				}
				return held;
			});
		}
	}

	/** The names a decision is indexed under besides its id and number, each with the map that holds it. */
	private static List<Map.Entry<Map<String, Object>, String>> names(DecisionIndex index, Decision decision) {
		List<Map.Entry<Map<String, Object>, String>> names = new ArrayList<>(4);
		boolean slugged = decision.getSlug() != null && !decision.getSlug().isEmpty();
		if (slugged) {
			names.add(Map.entry(index.bySlug, decision.getSlug()));
		}
		names.add(Map.entry(index.byLowerName, decision.getId().toLowerCase(Locale.ROOT)));
		if (slugged) {
			names.add(Map.entry(index.byLowerName, decision.getSlug().toLowerCase(Locale.ROOT)));
		}
		if (decision.getTitle() != null && !decision.getTitle().isBlank()) {
			names.add(Map.entry(index.byLowerName, decision.getTitle().strip().toLowerCase(Locale.ROOT)));
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private static List<Decision> candidates(Object held) {
		if (held instanceof List<?> list) {
			return (List<Decision>) list;
		}
		List<Decision> list = new ArrayList<>(2);
		list.add((Decision) held);
		return list;
	}

	private static Decision first(Object held) {
		return held == null ? null : held instanceof Decision decision ? decision : candidates(held).get(0);
	}

	/** Adds a decision to decisions sharing a name, keeping them in set order (an unplaced one goes last). */
	private static void insertInOrder(List<Decision> decisions, Decision decision) {
		if (decisions.contains(decision)) {
			return;
		}
		int position = positionOf(decision);
		int at = decisions.size();
		while (at > 0 && position < positionOf(decisions.get(at - 1))) {
			at--;
		}
		decisions.add(at, decision);
	}

	private static int positionOf(Decision decision) {
		int position = decision.eContainer() instanceof DecisionSet set ? set.getDecisions().indexOf(decision) : -1;
		return position < 0 ? Integer.MAX_VALUE : position;
	}

	/** Numbers used by more than one decision of a set, by set name. */
	public Map<String, Map<Integer, List<Decision>>> duplicateNumbers() {
		Map<String, Map<Integer, List<Decision>>> result = new LinkedHashMap<>();
		sets.forEach((name, index) -> index.byNumber.forEach((number, decisions) -> {
			if (decisions.size() > 1) {
				result.computeIfAbsent(name, n -> new TreeMap<>()).put(number, decisions);
			}
		}));
		return result;
	}

	/** Sets every pending reference to its target or to a proxy, reporting what does not resolve. */
	public void resolve(ReadContext context) {
		resolve(context, null);
	}

	/**
	 * Sets every pending reference, reporting only what does not resolve among the types that were loaded.
	 *
	 * @param loaded whether records of a type were loaded ({@code null}: all were)
	 */
	public void resolve(ReadContext context, Predicate<EClass> loaded) {
		ReadContext quiet = new ReadContext(new BasicDiagnostic());
		for (ReadContext.PendingReference pending : context.references()) {
			boolean report = loaded == null || loaded.test(pending.feature().getEReferenceType());
			EObject target = target(pending, report ? context : quiet);
			EReference feature = pending.feature();
			if (!target.eIsProxy()) {
				pending.document().tokens().putIfAbsent(target, pending.token());
			}
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> values = (List<EObject>) pending.holder().eGet(feature, false);
				values.add(target);
			} else {
				pending.holder().eSet(feature, target);
			}
		}
	}

	/**
	 * What a reference as written names now: the record, or a proxy holding the token when no record of the right kind
	 * has it (reported to the context). The holder is not changed.
	 */
	public EObject target(ReadContext.PendingReference pending, ReadContext context) {
		EObject target = find(pending, context);
		EReference feature = pending.feature();
		if (target != null && !feature.getEReferenceType().isInstance(target)) {
			context.error(pending.document(), pending.line(), StoreFindings.WRONG_KIND_OF_REFERENCE,
					"'" + pending.token() + "' is a " + target.eClass().getName().toLowerCase(Locale.ROOT) + ", but "
							+ keyName(feature) + " takes a " + expected(feature.getEReferenceType())
							+ ": fix the id (it is kept as written)");
			target = null;
		}
		return target == null ? proxy(feature.getEReferenceType(), pending.token()) : target;
	}

	private EObject find(ReadContext.PendingReference pending, ReadContext context) {
		String token = pending.token();
		if (pending.feature().getEReferenceType() == BatonPackage.Literals.DECISION) {
			String setName = currentSet(pending.holder());
			int colon = token.indexOf(':');
			if (colon > 0 && sets.containsKey(token.substring(0, colon))) {
				setName = token.substring(0, colon);
				token = token.substring(colon + 1);
			}
			Decision decision = findDecision(setName, token, pending, context);
			if (decision == null) {
				context.warning(pending.document(), pending.line(), StoreFindings.UNRESOLVED_REFERENCE,
						"no decision '" + pending.token() + "' in " + setName + "/ (" + keyName(pending.feature())
								+ "): fix the id or number; it is kept as written");
			}
			return decision;
		}
		Record record = records.get(token);
		if (record == null) {
			context.warning(pending.document(), pending.line(), StoreFindings.UNRESOLVED_REFERENCE,
					"unknown id '" + token + "' in " + keyName(pending.feature()) + ": create the record (e.g. "
							+ exampleFolder(pending.feature().getEReferenceType()) + "/" + token
							+ ".md) or fix the id; it is kept as written");
		}
		return record;
	}

	private Decision findDecision(String setName, String token, ReadContext.PendingReference pending,
			ReadContext context) {
		DecisionIndex index = sets.get(setName);
		if (index == null) {
			return null;
		}
		Decision byId = index.byId.get(token);
		if (byId != null) {
			return byId;
		}
		String stem = token.endsWith(".md") ? token.substring(0, token.length() - 3) : token;
		stem = stem.substring(stem.lastIndexOf('/') + 1);
		if (index.byId.containsKey(stem)) {
			return index.byId.get(stem);
		}
		Matcher number = ADR_NUMBER.matcher(stem);
		if (number.matches() && number.group(1).length() <= 9) {
			List<Decision> candidates = index.byNumber.getOrDefault(Integer.valueOf(number.group(1)), List.of());
			if (candidates.size() > 1) {
				context.error(pending.document(), pending.line(), StoreFindings.AMBIGUOUS_REFERENCE,
						"decision number " + number.group(1) + " is used by " + candidates.size() + " files ("
								+ String.join(", ", candidates.stream().map(Decision::getId).toList())
								+ "): refer to it by its full id, or renumber one of them");
				return null;
			}
			return candidates.isEmpty() ? null : candidates.get(0);
		}
		Decision bySlug = first(index.bySlug.get(stem));
		Decision found = bySlug != null ? bySlug : first(index.byLowerName.get(stem.strip().toLowerCase(Locale.ROOT)));
		Matcher named = NUMBER_NAMED.matcher(stem);
		if (found == null && !token.contains("/") && named.matches()) {
			// a misspelt file name of the folder ("0015-govuuk-x" for "0015-govuk-x"): its number still names one
			List<Decision> candidates = index.byNumber.getOrDefault(Integer.valueOf(named.group(1)), List.of());
			if (candidates.size() == 1) {
				found = candidates.get(0);
				context.warning(pending.document(), pending.line(), StoreFindings.UNRESOLVED_REFERENCE,
						"no decision '" + token + "' in " + setName + "/; resolved to " + found.getId()
								+ " by its number: fix the link");
			}
		}
		return found;
	}

	private static final Pattern NUMBER_NAMED = Pattern.compile("^0*(\\d{1,6})[-_].+");

	private String currentSet(EObject holder) {
		for (EObject object = holder; object != null; object = object.eContainer()) {
			if (object instanceof DecisionSet set) {
				return set.getName();
			}
		}
		return defaultSet == null ? "" : defaultSet.getName();
	}

	/** A token as a canonical YAML value: a bare number stays a plain number ({@code 7}, not {@code '7'}). */
	public static Object tokenValue(String token) {
		return token != null && isSmallNumber(token) ? new Plain(token) : token;
	}

	/** One to nine ASCII digits. */
	private static boolean isSmallNumber(String token) {
		if (token.isEmpty() || token.length() > 9) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) < '0' || token.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The id to write for a reference to the object from a record in the given set. */
	public static String idOf(EObject target, DecisionSet from) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		if (target instanceof Decision decision && decision.eContainer() instanceof DecisionSet set && set != from
				&& from != null) {
			return set.getName() + ":" + decision.getId();
		}
		return target instanceof Record record ? record.getId() : String.valueOf(target);
	}

	/** A proxy standing for an unresolved id: of the reference's type, or its first concrete subclass. */
	public static EObject proxy(EClass type, String token) {
		EClass concrete = type;
		if (type.isAbstract()) {
			concrete = BatonPackage.eINSTANCE.getEClassifiers().stream().filter(c -> c instanceof EClass)
					.map(EClass.class::cast).filter(c -> !c.isAbstract() && type.isSuperTypeOf(c)).findFirst()
					.orElseThrow();
		}
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(concrete);
		proxy.eSetProxyURI(UNRESOLVED.appendFragment(token));
		return proxy;
	}

	private static String keyName(EReference feature) {
		if (feature == BatonPackage.Literals.DECISION_LINK__TARGET) {
			return "a link";
		}
		String key = Kinds.key(feature);
		return "'" + (key == null ? feature.getName() : key) + "'";
	}

	private static String expected(EClass type) {
		if (type == BatonPackage.Literals.PARTY) {
			return "person or team";
		}
		if (type == BatonPackage.Literals.ELEMENT) {
			return "system, component, interface or other element";
		}
		return type.getName().toLowerCase(Locale.ROOT);
	}

	private static String exampleFolder(EClass type) {
		EClass concrete = type == BatonPackage.Literals.PARTY ? BatonPackage.Literals.TEAM
				: type == BatonPackage.Literals.ELEMENT ? BatonPackage.Literals.COMPONENT : type;
		try {
			return Kinds.of(concrete).folder();
		} catch (IllegalArgumentException e) {
			return "<folder>";
		}
	}
}
