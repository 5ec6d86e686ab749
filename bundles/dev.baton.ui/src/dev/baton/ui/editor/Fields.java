package dev.baton.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.store.DecisionStatuses;
import dev.baton.ui.Messages;

/**
 * Form fields bound to attributes of a record. A field shows the model's value; what the user
 * types is committed (on leaving the field, on Enter, before saving) as an EMF {@link SetCommand}
 * on the editing domain's command stack, so every edit can be undone and redone. A value that
 * cannot be parsed (a date that is not YYYY-MM-DD) is shown as an error on the form and not
 * committed: nothing the user typed is thrown away.
 */
public final class Fields {

	/** How a field reads and writes the attribute's value. */
	private interface Binding {
		void refresh();

		void commit();

		Control control();
	}

	/** The status values offered; the status is kept as written, so others can be typed. */
	public static final List<String> STATUSES = List.of("draft", "proposed", "accepted", "rejected", "deprecated",
			"superseded");

	private final RecordSession session;
	private final FormToolkit toolkit;
	private final IManagedForm form;
	private final List<Binding> bindings = new ArrayList<>();
	private boolean updating;

	public Fields(RecordSession session, FormToolkit toolkit, IManagedForm form) {
		this.session = session;
		this.toolkit = toolkit;
		this.form = form;
	}

	/**
	 * A text field for an attribute: one line, or several when {@code multiLine} (Markdown prose).
	 * Lists of strings are written comma-separated on one line, or one item per line.
	 */
	public Text text(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute, boolean multiLine) {
		toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false,
				false));
		Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, multiLine);
		if (multiLine) {
			data.heightHint = 120;
			data.widthHint = 400;
		}
		text.setLayoutData(data);
		text.setData("baton.attribute", attribute.getName());
		Binding binding = new Binding() {
			@Override
			public void refresh() {
				EObject target = owner.get();
				String value = target == null ? "" : format(target.eGet(attribute), attribute, multiLine);
				if (!text.getText().equals(value)) {
					updating = true;
					try {
						text.setText(value);
					} finally {
						updating = false;
					}
				}
				text.setEnabled(target != null);
				form.getMessageManager().removeMessage(attribute, text);
			}

			@Override
			public void commit() {
				EObject target = owner.get();
				if (target == null || text.isDisposed()) {
					return;
				}
				Object value;
				try {
					value = parse(text.getText(), attribute, multiLine);
				} catch (IllegalArgumentException e) {
					form.getMessageManager().addMessage(attribute, e.getMessage(), null, IMessageProvider.ERROR, text);
					return;
				}
				form.getMessageManager().removeMessage(attribute, text);
				set(target, attribute, value);
			}

			@Override
			public Control control() {
				return text;
			}
		};
		text.addListener(SWT.FocusOut, e -> binding.commit());
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, e -> binding.commit());
		}
		bindings.add(binding);
		return text;
	}

	/** A choice of an enumeration's literals. */
	public Combo choice(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute) {
		toolkit.createLabel(parent, label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo, true, false);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		EEnum type = (EEnum) attribute.getEAttributeType();
		List<EEnumLiteral> literals = type.getELiterals();
		literals.forEach(literal -> combo.add(literal.getLiteral()));
		Binding binding = new Binding() {
			@Override
			public void refresh() {
				EObject target = owner.get();
				Object value = target == null ? null : target.eGet(attribute);
				updating = true;
				try {
					combo.select(value == null ? -1 : literals.indexOf(type.getEEnumLiteralByLiteral(value.toString())));
				} finally {
					updating = false;
				}
			}

			@Override
			public void commit() {
				EObject target = owner.get();
				int index = combo.getSelectionIndex();
				if (target != null && index >= 0) {
					set(target, attribute, literals.get(index).getInstance());
				}
			}

			@Override
			public Control control() {
				return combo;
			}
		};
		combo.addListener(SWT.Selection, e -> {
			if (!updating) {
				binding.commit();
			}
		});
		bindings.add(binding);
		return combo;
	}

	/**
	 * A decision's status: the lifecycle values to pick from, or any text (the status is kept as
	 * written; the lifecycle state follows from it, as when the file is read).
	 */
	public Combo status(Composite parent, String label, Supplier<Decision> owner) {
		toolkit.createLabel(parent, label);
		Combo combo = new Combo(parent, SWT.DROP_DOWN);
		toolkit.adapt(combo, true, false);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		STATUSES.forEach(combo::add);
		combo.setData("baton.attribute", "status");
		Binding binding = new Binding() {
			@Override
			public void refresh() {
				Decision decision = owner.get();
				String value = decision == null || decision.getStatusText() == null ? "" : decision.getStatusText();
				if (!combo.getText().equals(value)) {
					updating = true;
					try {
						combo.setText(value);
					} finally {
						updating = false;
					}
				}
			}

			@Override
			public void commit() {
				Decision decision = owner.get();
				String value = combo.getText().strip();
				if (decision == null || value.equals(Objects.toString(decision.getStatusText(), ""))) {
					return;
				}
				CompoundCommand change = new CompoundCommand(Messages.Fields_setStatus);
				change.append(SetCommand.create(session.domain(), decision, BatonPackage.Literals.DECISION__STATUS_TEXT,
						value.isEmpty() ? SetCommand.UNSET_VALUE : value));
				change.append(SetCommand.create(session.domain(), decision, BatonPackage.Literals.DECISION__STATUS,
						DecisionStatuses.of(value)));
				execute(change);
			}

			@Override
			public Control control() {
				return combo;
			}
		};
		combo.addListener(SWT.Selection, e -> {
			if (!updating) {
				binding.commit();
			}
		});
		combo.addListener(SWT.DefaultSelection, e -> binding.commit());
		combo.addListener(SWT.FocusOut, e -> binding.commit());
		bindings.add(binding);
		return combo;
	}

	private void set(EObject target, EAttribute attribute, Object value) {
		Object current = target.eGet(attribute);
		if (attribute.isMany() ? Objects.equals(new ArrayList<>((List<?>) current), value)
				: Objects.equals(current, value) || value == null && !target.eIsSet(attribute)) {
			return;
		}
		execute(SetCommand.create(session.domain(), target, attribute, value == null ? SetCommand.UNSET_VALUE : value));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session.domain().getCommandStack().execute(command);
		}
	}

	/** Shows the model's values again (after undo, redo, reload). */
	public void refresh() {
		for (Binding binding : bindings) {
			if (!binding.control().isDisposed()) {
				binding.refresh();
			}
		}
	}

	/** Commits what is typed in every field (before saving). */
	public void commitAll() {
		for (Binding binding : bindings) {
			if (!binding.control().isDisposed()) {
				binding.commit();
			}
		}
	}

	public static String format(Object value, EAttribute attribute, boolean multiLine) {
		if (value == null) {
			return "";
		}
		if (attribute.isMany()) {
			return String.join(multiLine ? "\n" : ", ", ((List<?>) value).stream().map(String::valueOf).toList());
		}
		return value.toString();
	}

	public static Object parse(String text, EAttribute attribute, boolean multiLine) {
		String value = text.strip();
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.isMany()) {
			return Arrays.stream(value.split(multiLine ? "\\R" : ",")).map(String::strip).filter(s -> !s.isEmpty())
					.toList();
		}
		if (value.isEmpty()) {
			return null;
		}
		if (type == LocalDate.class) {
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(Messages.bind(Messages.Fields_notADate, label(attribute), value));
			}
		}
		if (type == Integer.class || type == int.class) {
			try {
				return Integer.valueOf(value);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(Messages.bind(Messages.Fields_notANumber, label(attribute), value));
			}
		}
		// prose keeps what the user wrote, trailing spaces of Markdown lines included
		return multiLine ? text.replace("\r\n", "\n") : value;
	}

	/** An attribute's name as a label: {@code lastReviewed} -> {@code Last reviewed}. */
	public static String label(EAttribute attribute) {
		return label(attribute.getName());
	}

	public static String label(String name) {
		String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
