package dev.baton.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Record;
import dev.baton.store.internal.References;

/**
 * Several architecture folders (several repositories) as one architecture, for one handover pack. The records of each
 * included folder join the main folder's architecture with their ids qualified by the folder's name (the name of its
 * directory): {@code payments:billing-service}, {@code payments:0003-use-kafka}; its decisions form a decision set of
 * that name. A record refers to another folder's record the same way ({@code owner: platform:team-platform},
 * {@code supersedes: [payments:3]}; decisions by id, number or slug), to the main folder's as
 * {@code <main folder name>:id}; an id an included folder does not hold itself is looked up in the main folder, so
 * shared teams and people can live there. References that resolve only now are no longer reported; the others are, in
 * the file that holds them. The combined architecture is for reading and exporting: do not save the main folder after
 * including.
 */
public final class FolderUnion {

	/** Two folders with one name, or a name the main folder uses already. */
	public static final int NAME_CLASH = 40;

	private static final Pattern NUMBER = Pattern.compile("(?i)(?:adr[-_ ]?)?0*(\\d{1,9})");

	private final ReadableFolder home;
	private final String homeName;
	private final Map<String, Record> qualified = new HashMap<>();
	private final Map<String, DecisionSet> decisionSets = new LinkedHashMap<>();
	private final Map<EObject, String> origin = new IdentityHashMap<>();
	private final Set<String> resolvedTokens = new HashSet<>();

	private FolderUnion(ReadableFolder home) {
		this.home = home;
		this.homeName = name(home.root());
	}

	/** The name that qualifies a folder's ids: the name of its directory. */
	public static String name(Path folder) {
		Path name = folder.toAbsolutePath().normalize().getFileName();
		return name == null ? "root" : name.toString();
	}

	/**
	 * Adds the records of the included folders to the main folder's architecture, resolves the references between
	 * folders, and returns the findings of every folder that still hold (the loads' findings, less the references
	 * resolved now) and the union's own.
	 */
	public static Diagnostic include(ReadableFolder home, List<? extends ReadableFolder> included) {
		return new FolderUnion(home).run(included);
	}

	private Diagnostic run(List<? extends ReadableFolder> included) {
		BasicDiagnostic findings = Findings.root(StoreFindings.SOURCE, "Combining " + home.root());
		Architecture target = home.architecture();
		for (Record record : Kinds.records(target)) {
			if (!(record instanceof Decision)) {
				qualified.putIfAbsent(homeName + ":" + record.getId(), record);
			}
		}
		if (!target.getDecisionSets().isEmpty()) {
			decisionSets.put(homeName, target.getDecisionSets().get(0));
		}
		Set<String> names = new HashSet<>();
		target.getDecisionSets().forEach(s -> names.add(s.getName()));
		List<ReadableFolder> added = new ArrayList<>();
		for (ReadableFolder folder : included) {
			String name = name(folder.root());
			if (name.equals(homeName) || !names.add(name)) {
				findings.add(Findings.error(StoreFindings.SOURCE, NAME_CLASH,
						SourceLocation.of(folder.root().resolve("baton.yaml")),
						"the folder name '" + name + "' is taken (by the main folder, one of its decision sets or "
								+ "another included folder): ids are qualified by folder name, so rename or "
								+ "move one of the folders; this one was not included"));
				continue;
			}
			added.add(folder);
			move(folder, name, target);
		}
		resolve(target);
		keep(home.findings(), findings);
		added.forEach(folder -> keep(folder.findings(), findings));
		return findings;
	}

	private void move(ReadableFolder folder, String name, Architecture target) {
		Architecture source = folder.architecture();
		for (Record record : Kinds.records(source)) {
			origin.put(record, name);
			record.setId(name + ":" + record.getId());
			if (record.getSourcePath() != null) {
				record.setSourcePath(relative(folder.root().resolve(record.getSourcePath())));
			}
			if (!(record instanceof Decision)) {
				qualified.putIfAbsent(record.getId(), record);
			}
		}
		List<DecisionSet> sets = List.copyOf(source.getDecisionSets());
		for (int i = 0; i < sets.size(); i++) {
			DecisionSet set = sets.get(i);
			set.setName(i == 0 ? name : name + "/" + set.getName());
			set.setPath(relative(folder.root().resolve(set.getPath() == null ? "decisions" : set.getPath())));
			decisionSets.put(set.getName(), set);
			target.getDecisionSets().add(set);
		}
		for (Kinds.Kind kind : Kinds.all()) {
			if (kind.container() != null) {
				@SuppressWarnings("unchecked")
				List<Record> from = (List<Record>) source.eGet(kind.container());
				@SuppressWarnings("unchecked")
				List<Record> to = (List<Record>) target.eGet(kind.container());
				to.addAll(List.copyOf(from));
			}
		}
	}

	private String relative(Path file) {
		return home.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	// --- references between folders ---

	private void resolve(Architecture architecture) {
		for (Record record : Kinds.records(architecture)) {
			String from = origin.get(record);
			List<EObject> holders = new ArrayList<>();
			holders.add(record);
			record.eAllContents().forEachRemaining(holders::add);
			for (EObject holder : holders) {
				for (EReference reference : holder.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isDerived() || reference.isTransient()) {
						continue;
					}
					if (reference.isMany()) {
						@SuppressWarnings("unchecked")
						List<EObject> values = (List<EObject>) holder.eGet(reference, false);
						for (int i = 0; i < values.size(); i++) {
							EObject found = find(values.get(i), reference, from);
							if (found != null && !values.contains(found)) {
								values.set(i, found);
							}
						}
					} else {
						EObject found = find((EObject) holder.eGet(reference, false), reference, from);
						if (found != null) {
							holder.eSet(reference, found);
						}
					}
				}
			}
		}
	}

	/** The record an unresolved reference names across folders, or {@code null}. */
	private EObject find(EObject value, EReference reference, String from) {
		if (value == null || !value.eIsProxy()
				|| !References.UNRESOLVED.equals(((InternalEObject) value).eProxyURI().trimFragment())) {
			return null;
		}
		String token = ((InternalEObject) value).eProxyURI().fragment();
		int colon = token.indexOf(':');
		String folder = colon > 0 ? token.substring(0, colon) : from == null ? null : homeName;
		String local = colon > 0 ? token.substring(colon + 1) : token;
		if (folder == null) {
			return null;
		}
		EObject found;
		if (reference.getEReferenceType() == BatonPackage.Literals.DECISION) {
			found = decision(folder, local);
		} else {
			found = qualified.get(folder + ":" + local);
		}
		if (found != null && reference.getEReferenceType().isInstance(found)) {
			resolvedTokens.add(token);
			return found;
		}
		return null;
	}

	private Decision decision(String folder, String token) {
		DecisionSet set = decisionSets.get(folder);
		if (set == null) {
			return null;
		}
		String stem = token.endsWith(".md") ? token.substring(0, token.length() - 3) : token;
		stem = stem.substring(stem.lastIndexOf('/') + 1);
		Matcher number = NUMBER.matcher(stem);
		for (Decision decision : set.getDecisions()) {
			String id = decision.getId();
			String plain = id.startsWith(folder + ":") ? id.substring(folder.length() + 1) : id;
			if (plain.equals(stem) || stem.equals(decision.getSlug())
					|| number.matches() && decision.getNumber() != null
							&& decision.getNumber().intValue() == Integer.parseInt(number.group(1))) {
				return decision;
			}
		}
		return null;
	}

	/** Copies the findings that still hold: not the unresolved references resolved across folders. */
	private void keep(Diagnostic from, BasicDiagnostic to) {
		for (Diagnostic finding : Findings.leaves(from)) {
			if (finding.getCode() == StoreFindings.UNRESOLVED_REFERENCE
					&& resolvedTokens.stream().anyMatch(t -> finding.getMessage().contains("'" + t + "'"))) {
				continue;
			}
			to.add(finding);
		}
	}
}
