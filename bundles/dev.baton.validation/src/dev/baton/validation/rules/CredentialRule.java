package dev.baton.validation.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.Option;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.validation.CredentialScan;
import dev.baton.validation.Credentials;

/**
 * No record text looks like a credential (see {@link Credentials}). Every text field of every record is read, body
 * sections included. A finding names the record, the field and the kind of credential, never the text itself.
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "credential-in-text", label = "No record text looks like a credential",
		severity = Severity.ERROR)
public final class CredentialRule extends RuleSupport<EObject> {

	@Override
	public List<EObject> subjects(Architecture architecture, RunContext context) {
		List<EObject> subjects = new ArrayList<>();
		subjects.add(architecture);
		subjects.addAll(Records.all(architecture));
		return subjects;
	}

	@Override
	protected void check(EObject subject, RunContext context, Report report) {
		CredentialScan scan = CredentialScan.of(context);
		List<EObject> holders = new ArrayList<>();
		holders.add(subject);
		if (subject instanceof Record) {
			subject.eAllContents().forEachRemaining(holders::add);
		}
		for (EObject holder : holders) {
			for (EAttribute attribute : holder.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isDerived()) {
					continue;
				}
				Object value = holder.eGet(attribute);
				for (Object text : value instanceof Collection<?> many ? many
						: value == null ? List.of() : List.of(value)) {
					Optional<String> kind = scan.find((String) text);
					if (kind.isPresent()) {
						String field = field(holder, attribute);
						String where = subject instanceof Record record ? name(record) : "baton.yaml";
						report.add(subject, holder == subject && FormatKeys.key(attribute) != null ? field : null, where
								+ " has text in '"
								+ field + "' that looks like a credential (" + kind.get()
								+ "): remove it from the record (and "
								+ "rotate it: git history keeps it), and record in access/ where it is held instead");
						break;
					}
				}
			}
		}
	}

	/** How the user knows the field: its key, its section heading, or the considered option's title. */
	private static String field(EObject holder, EAttribute attribute) {
		if (holder instanceof Section section) {
			return section.getHeading();
		}
		String name = FormatKeys.section(attribute) != null ? FormatKeys.section(attribute)
				: FormatKeys.key(attribute) != null ? FormatKeys.key(attribute) : attribute.getName();
		if (holder instanceof Option option) {
			return "option '" + option.getTitle() + "' " + name;
		}
		return holder instanceof Record || holder instanceof Architecture ? name
				: holder.eClass().getName() + " " + name;
	}
}
