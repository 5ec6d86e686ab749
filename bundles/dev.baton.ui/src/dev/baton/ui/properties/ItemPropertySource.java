package dev.baton.ui.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import dev.baton.ui.editor.Fields;

/**
 * The Properties view's source for a model object, over the EMF.Edit item provider's property descriptors (what
 * {@code org.eclipse.emf.edit.ui}'s PropertySource does; that bundle is not on Maven Central). With an editing domain,
 * text, number and date attributes are editable, each change a {@link SetCommand} on the domain's command stack
 * (undoable in the editor); without one, every property is read-only.
 */
public final class ItemPropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource source;
	private final EditingDomain domain;

	/**
	 * @param domain the editing domain of the editor the object belongs to, or {@code null} for a read-only source
	 */
	public ItemPropertySource(EObject object, AdapterFactory adapterFactory, EditingDomain domain) {
		this.object = object;
		this.source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		this.domain = domain;
	}

	/** Whether the properties are edited through an editor's command stack. */
	public boolean isEditable() {
		return domain != null;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	private List<IItemPropertyDescriptor> descriptors() {
		return source == null ? List.of() : source.getPropertyDescriptors(object);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return descriptors().stream().filter(d -> d.getId(object).equals(id)).findFirst().orElse(null);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor item : descriptors()) {
			String id = item.getId(object);
			String name = item.getDisplayName(object);
			PropertyDescriptor descriptor = editable(item) ? new TextPropertyDescriptor(id, name)
					: new PropertyDescriptor(id, name);
			descriptor.setCategory(item.getCategory(object));
			descriptor.setDescription(item.getDescription(object));
			descriptor.setLabelProvider(new LabelProvider() {

				@Override
				public String getText(Object element) {
					return element == null ? "" : element.toString();
				}
			});
			result.add(descriptor);
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	private boolean editable(IItemPropertyDescriptor item) {
		if (domain == null || !item.canSetProperty(object)
				|| !(item.getFeature(object) instanceof EAttribute attribute)) {
			return false;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == String.class || type == Integer.class || type == int.class || type == LocalDate.class;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = descriptor(id);
		if (item == null) {
			return "";
		}
		if (editable(item)) {
			EAttribute attribute = (EAttribute) item.getFeature(object);
			return Fields.format(object.eGet(attribute), attribute, false);
		}
		Object value = item.getPropertyValue(object);
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(object);
		}
		IItemLabelProvider labels = item.getLabelProvider(object);
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(v -> labels.getText(v)).toList());
		}
		return value == null ? "" : labels.getText(value);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = descriptor(id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to go back to: values are as written in the file
	}

	/**
	 * Sets a value typed in the Properties view: one command on the editor's stack; a value that does not parse is not
	 * applied.
	 */
	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = descriptor(id);
		if (item == null || !editable(item)) {
			return;
		}
		EAttribute attribute = (EAttribute) item.getFeature(object);
		Object parsed;
		try {
			parsed = Fields.parse(value == null ? "" : value.toString(), attribute, false);
		} catch (IllegalArgumentException e) {
			ILog.of(getClass()).warn(e.getMessage());
			return;
		}
		Object current = object.eGet(attribute);
		if (Objects.equals(current, parsed) || parsed == null && !object.eIsSet(attribute)) {
			return;
		}
		Command command = Fields.named(attribute, SetCommand.create(domain, object, attribute,
				parsed == null ? SetCommand.UNSET_VALUE : parsed));
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
