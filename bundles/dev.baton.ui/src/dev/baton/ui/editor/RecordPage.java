package dev.baton.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonPackage;
import dev.baton.model.Record;
import dev.baton.store.Kinds;
import dev.baton.ui.Messages;

/**
 * The overview of a record of any kind, built from its class: a field per attribute (a choice for enumerations, prose
 * for attributes kept as a section of the body), and what it refers to.
 */
final class RecordPage extends BoundPage {

	static final String ID = "record";
	private static final Set<EAttribute> ELSEWHERE = Set.of(BatonPackage.Literals.RECORD__ID,
			BatonPackage.Literals.RECORD__DESCRIPTION, BatonPackage.Literals.RECORD__SOURCE_PATH);
	private final Map<EReference, Label> references = new LinkedHashMap<>();

	RecordPage(RecordEditor editor) {
		super(editor, ID, Messages.Editor_overviewPage);
	}

	@Override
	void createContent(Composite body, FormToolkit toolkit, Fields fields) {
		Record record = session().record();
		Composite general = section(body, toolkit, Kinds.of(record.eClass()).name() + " " + record.getId());
		for (EAttribute attribute : record.eClass().getEAllAttributes()) {
			if (ELSEWHERE.contains(attribute) || attribute.isDerived() || attribute.isTransient()
					|| !attribute.isChangeable()) {
				continue;
			}
			if (attribute.getEAttributeType() instanceof EEnum && !attribute.isMany()) {
				fields.choice(general, Fields.label(attribute), () -> session().record(), attribute);
			} else {
				boolean prose = Kinds.section(attribute) != null;
				fields.text(general, Fields.label(attribute), () -> session().record(), attribute, prose);
			}
		}
		List<EReference> shown = record.eClass().getEAllReferences().stream()
				.filter(r -> !r.isContainment() && !r.isDerived() && !r.isTransient()).toList();
		if (!shown.isEmpty()) {
			Composite relations = section(body, toolkit, Messages.Editor_linksSection);
			for (EReference reference : shown) {
				toolkit.createLabel(relations, Fields.label(reference.getName()));
				Label value = toolkit.createLabel(relations, "", SWT.WRAP);
				value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				references.put(reference, value);
			}
		}
		refreshMore();
	}

	@Override
	void refreshMore() {
		Record record = session().record();
		references.forEach((reference, label) -> {
			Object value = record.eGet(reference);
			List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
			label.setText(targets.stream().map(t -> t instanceof Record r ? r.getId()
					: String.valueOf(
							t instanceof EObject e ? e.eClass().getName() : t))
					.collect(Collectors.joining(", ")));
		});
	}
}
