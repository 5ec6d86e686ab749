package dev.baton.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
 * Form fields bound to attributes of a record. A field shows the model's value; what the user types is committed (on
 * leaving the field, on Enter, before saving, undoing or closing) as an EMF {@link SetCommand} on the editing domain's
 * command stack, labelled with the field's name, so every edit can be undone and redone. Until then it is
 * <em>pending</em>: the editor is dirty from the first keystroke, and a refresh does not replace what is typed. A value
 * that cannot be parsed (a date that is not YYYY-MM-DD) is shown as an error on the form and not committed: nothing the
 * user typed is thrown away.
 */
public final class Fields {

	/** How a field reads and writes the attribute's value. */
	private abstract static class Binding {

		/** Typed on since the last refresh or commit. */
		boolean typed;

		abstract void refresh();

		/** @return false when the typed value cannot be read (the form shows why) */
		abstract boolean commit();

		abstract Control control();

		/** The label of the step that committing what was typed would be, or {@code null}: nothing to commit. */
		abstract String pending();
	}

	/** The status values offered; the status is kept as written, so others can be typed. */
	public static final List<String> STATUSES = List.of("draft", "proposed", "accepted", "rejected", "deprecated",
			"superseded");

	private final RecordSession session;
	private final FormToolkit toolkit;
	private final IManagedForm form;
	private final Runnable typing;
	private final List<Binding> bindings = new ArrayList<>();
	private boolean updating;

	/** @param typing runs at each keystroke in a field (the editor's dirty state and Undo label follow it) */
	public Fields(RecordSession session, FormToolkit toolkit, IManagedForm form, Runnable typing) {
		this.session = session;
		this.toolkit = toolkit;
		this.form = form;
		this.typing = typing;
	}

	/**
	 * A text field for an attribute: one line, or several when {@code multiLine} (Markdown prose). Lists of strings are
	 * written comma-separated on one line, or one item per line.
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
		String change = changeOf(attribute);
		Binding binding = new Binding() {

			@Override
			void refresh() {
				EObject target = owner.get();
				if (typed && pending() != null) {
					return;
				}
				typed = false;
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
			boolean commit() {
				EObject target = owner.get();
				if (target == null || text.isDisposed()) {
					return true;
				}
				Object value;
				try {
					value = parse(text.getText(), attribute, multiLine);
				} catch (IllegalArgumentException e) {
					form.getMessageManager().addMessage(attribute, e.getMessage(), null, IMessageProvider.ERROR, text);
					return false;
				}
				form.getMessageManager().removeMessage(attribute, text);
				typed = false;
				if (!same(target, attribute, value)) {
					execute(named(attribute, SetCommand.create(session.domain(), target, attribute,
							value == null ? SetCommand.UNSET_VALUE : value)));
				}
				return true;
			}

			@Override
			String pending() {
				EObject target = owner.get();
				if (!typed || target == null || text.isDisposed()) {
					return null;
				}
				try {
					return same(target, attribute, parse(text.getText(), attribute, multiLine)) ? null : change;
				} catch (IllegalArgumentException e) {
					return change;
				}
			}

			@Override
			Control control() {
				return text;
			}
		};
		text.addListener(SWT.Modify, e -> typed(binding));
		text.addListener(SWT.FocusOut, e -> binding.commit());
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, e -> binding.commit());
		}
		bindings.add(binding);
		return text;
	}

	private void typed(Binding binding) {
		if (!updating) {
			binding.typed = true;
			typing.run();
		}
	}

	/** The label of a step that changes the feature: Edit &gt; Undo says what it undoes ("Undo Change Status"). */
	public static String changeOf(EStructuralFeature feature) {
		return Messages.bind(Messages.Fields_change, label(feature.getName()));
	}

	/** The command labelled as a change of the feature (EMF.Edit's own labels are "Set", "Add", "Delete"). */
	public static Command named(EStructuralFeature feature, Command command) {
		String label = changeOf(feature);
		return new CommandWrapper(label, label, command);
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
		String change = changeOf(attribute);
		Binding binding = new Binding() {

			@Override
			void refresh() {
				EObject target = owner.get();
				Object value = target == null ? null : target.eGet(attribute);
				updating = true;
				try {
					combo.select(
							value == null ? -1 : literals.indexOf(type.getEEnumLiteralByLiteral(value.toString())));
				} finally {
					updating = false;
				}
			}

			@Override
			boolean commit() {
				EObject target = owner.get();
				int index = combo.getSelectionIndex();
				if (target != null && index >= 0 && !same(target, attribute, literals.get(index).getInstance())) {
					execute(named(attribute, SetCommand.create(session.domain(), target, attribute,
							literals.get(index).getInstance())));
				}
				return true;
			}

			@Override
			String pending() {
				// a choice is committed when it is made
				return null;
			}

			@Override
			Control control() {
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
	 * A decision's status: the lifecycle values to pick from, or any text (the status is kept as written; the lifecycle
	 * state follows from it, as when the file is read).
	 */
	public Combo status(Composite parent, String label, Supplier<Decision> owner) {
		toolkit.createLabel(parent, label);
		Combo combo = new Combo(parent, SWT.DROP_DOWN);
		toolkit.adapt(combo, true, false);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		STATUSES.forEach(combo::add);
		combo.setData("baton.attribute", "status");
		String change = changeOf(BatonPackage.Literals.DECISION__STATUS);
		Binding binding = new Binding() {

			@Override
			void refresh() {
				if (typed && pending() != null) {
					return;
				}
				typed = false;
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
			boolean commit() {
				Decision decision = owner.get();
				typed = false;
				String value = combo.getText().strip();
				if (decision == null || value.equals(Objects.toString(decision.getStatusText(), ""))) {
					return true;
				}
				CompoundCommand command = new CompoundCommand(change);
				command.append(SetCommand.create(session.domain(), decision,
						BatonPackage.Literals.DECISION__STATUS_TEXT, value.isEmpty() ? SetCommand.UNSET_VALUE : value));
				command.append(SetCommand.create(session.domain(), decision, BatonPackage.Literals.DECISION__STATUS,
						DecisionStatuses.of(value)));
				execute(command);
				return true;
			}

			@Override
			String pending() {
				Decision decision = owner.get();
				boolean differs = decision != null && !combo.isDisposed()
						&& !combo.getText().strip().equals(Objects.toString(decision.getStatusText(), ""));
				return typed && differs ? change : null;
			}

			@Override
			Control control() {
				return combo;
			}
		};
		combo.addListener(SWT.Modify, e -> typed(binding));
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

	/** Whether the attribute holds the value already (then setting it is no step at all). */
	private static boolean same(EObject target, EAttribute attribute, Object value) {
		Object current = target.eGet(attribute);
		return attribute.isMany() ? Objects.equals(new ArrayList<>((List<?>) current), value)
				: Objects.equals(current, value) || value == null && !target.eIsSet(attribute);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session.domain().getCommandStack().execute(command);
		}
	}

	/** Shows the model's values again (after undo, redo, reload); what is being typed stays. */
	public void refresh() {
		for (Binding binding : bindings) {
			if (!binding.control().isDisposed()) {
				binding.refresh();
			}
		}
	}

	/** Drops what was typed and not committed, and shows the model's values (after reloading from disk). */
	public void discard() {
		bindings.forEach(binding -> binding.typed = false);
		refresh();
	}

	/** The label of the first field's step that is typed and not committed, or {@code null} when none is. */
	public String pending() {
		for (Binding binding : bindings) {
			String pending = binding.control().isDisposed() ? null : binding.pending();
			if (pending != null) {
				return pending;
			}
		}
		return null;
	}

	/**
	 * Commits what is typed in every field (before saving, undoing, closing).
	 *
	 * @return false when a typed value cannot be read (the form shows why, the field keeps it)
	 */
	public boolean commitAll() {
		boolean all = true;
		for (Binding binding : bindings) {
			if (!binding.control().isDisposed() && (binding.typed || binding.pending() != null)) {
				all &= binding.commit();
			}
		}
		return all;
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
		String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
