/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Work Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * State of a piece of work in flight at handover.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonPackage#getWorkStatus()
 * @model
 * @generated
 */
public enum WorkStatus implements Enumerator
{
  /**
   * The '<em><b>PLANNED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PLANNED_VALUE
   * @generated
   * @ordered
   */
  PLANNED(0, "PLANNED", "planned"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>IN PROGRESS</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #IN_PROGRESS_VALUE
   * @generated
   * @ordered
   */
  IN_PROGRESS(1, "IN_PROGRESS", "in-progress"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>BLOCKED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BLOCKED_VALUE
   * @generated
   * @ordered
   */
  BLOCKED(2, "BLOCKED", "blocked"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>DONE</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DONE_VALUE
   * @generated
   * @ordered
   */
  DONE(3, "DONE", "done"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>CANCELLED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CANCELLED_VALUE
   * @generated
   * @ordered
   */
  CANCELLED(4, "CANCELLED", "cancelled"); //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PLANNED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PLANNED
   * @model literal="planned"
   * @generated
   * @ordered
   */
  public static final int PLANNED_VALUE = 0;

  /**
   * The '<em><b>IN PROGRESS</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #IN_PROGRESS
   * @model literal="in-progress"
   * @generated
   * @ordered
   */
  public static final int IN_PROGRESS_VALUE = 1;

  /**
   * The '<em><b>BLOCKED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BLOCKED
   * @model literal="blocked"
   * @generated
   * @ordered
   */
  public static final int BLOCKED_VALUE = 2;

  /**
   * The '<em><b>DONE</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DONE
   * @model literal="done"
   * @generated
   * @ordered
   */
  public static final int DONE_VALUE = 3;

  /**
   * The '<em><b>CANCELLED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CANCELLED
   * @model literal="cancelled"
   * @generated
   * @ordered
   */
  public static final int CANCELLED_VALUE = 4;

  /**
   * An array of all the '<em><b>Work Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final WorkStatus[] VALUES_ARRAY =
    new WorkStatus[]
    {
      PLANNED,
      IN_PROGRESS,
      BLOCKED,
      DONE,
      CANCELLED,
    };

  /**
   * A public read-only list of all the '<em><b>Work Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<WorkStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Work Status</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static WorkStatus get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      WorkStatus result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Work Status</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static WorkStatus getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      WorkStatus result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Work Status</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static WorkStatus get(int value)
  {
    switch (value)
    {
      case PLANNED_VALUE: return PLANNED;
      case IN_PROGRESS_VALUE: return IN_PROGRESS;
      case BLOCKED_VALUE: return BLOCKED;
      case DONE_VALUE: return DONE;
      case CANCELLED_VALUE: return CANCELLED;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private WorkStatus(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //WorkStatus
