package dev.baton.backstage.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.baton.model.BatonPackage;
import dev.baton.store.Kinds;

/**
 * Which Backstage kind becomes which Baton kind, and which Baton fields have a place of their own in a catalog entity.
 * Every other stored field of an exported record travels as a {@code baton.dev/<key>} annotation, so Baton -> Backstage
 * -> Baton loses nothing either.
 */
public final class Mapping {

	/** Prefix of the annotations that carry Baton fields Backstage has no place for. */
	public static final String ANNOTATION_PREFIX = "baton.dev/";
	/** Backstage's annotation for the source code location ({@code url:https://...}). */
	public static final String SOURCE_LOCATION = "backstage.io/source-location";
	/** The ADR plugin's annotation: the decisions folder, relative to the catalog file. */
	public static final String ADR_LOCATION = "backstage.io/adr-location";
	/** GitHub's project slug annotation ({@code owner/repo}). */
	public static final String PROJECT_SLUG = "github.com/project-slug";
	/**
	 * Lists the spec fields an export wrote only because Backstage requires them (placeholders, or a type derived from
	 * the protocol); an import drops them.
	 */
	public static final String UNSET = "baton.dev/unset";
	/** The placeholder value of such fields. */
	public static final String UNKNOWN = "unknown";
	/** The apiVersion of the catalog's core kinds. */
	public static final String API_VERSION = "backstage.io/v1alpha1";

	private static final BatonPackage P = BatonPackage.eINSTANCE;

	/** Backstage kinds Baton reads, lower case, with their Baton class. */
	public static final Map<String, EClass> KINDS = Map.of("component", P.getComponent(), "resource", P.getComponent(),
			"api", P.getInterface(), "system", P.getSoftwareSystem(), "domain", P.getDomain(), "group", P.getTeam(),
			"user", P.getPerson());

	/** Backstage kind names as written. */
	public static final Map<String, String> SPELLING = Map.of("component", "Component", "resource", "Resource", "api",
			"API", "system", "System", "domain", "Domain", "group", "Group", "user", "User", "location", "Location");

	private static final Set<EStructuralFeature> NATIVE = Set.of(P.getRecord_Id(), P.getRecord_Title(),
			P.getRecord_Description(), P.getRecord_Tags(), P.getRecord_Owner(), P.getElement_Lifecycle(),
			P.getComponent_System(), P.getComponent_Type(), P.getComponent_Repository(), P.getComponent_Consumes(),
			P.getComponent_DependsOn(), P.getInterface_Provider(), P.getInterface_Specification(),
			P.getInterface_SpecificationFormat(), P.getSoftwareSystem_Domain(), P.getDomain_Parent(),
			P.getParty_Email(),
			P.getPerson_Team());

	private Mapping() {
	}

	/** The Backstage kind (lower case) of a Baton class. */
	public static String backstageKind(EClass eClass) {
		for (String kind : List.of("component", "api", "system", "domain", "group", "user")) {
			if (KINDS.get(kind) == eClass) {
				return kind;
			}
		}
		return null;
	}

	/** Stored features of a record kind that have no place of their own in the catalog entity. */
	public static List<EStructuralFeature> annotated(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().filter(f -> !NATIVE.contains(f) && Kinds.key(f) != null)
				.filter(f -> !(f instanceof EReference r && r.isContainment())).toList();
	}

	/** The feature an annotation {@code baton.dev/<key>} stands for, or {@code null}. */
	public static EStructuralFeature annotatedFeature(EClass eClass, String annotation) {
		if (!annotation.startsWith(ANNOTATION_PREFIX)) {
			return null;
		}
		String key = annotation.substring(ANNOTATION_PREFIX.length()).toLowerCase(Locale.ROOT);
		return annotated(eClass).stream().filter(f -> key.equals(Kinds.key(f))).findFirst().orElse(null);
	}
}
