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
 * A representation of the literals of the enumeration '<em><b>Control Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Implementation state of a security control or compliance obligation.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonPackage#getControlStatus()
 * @model
 * @generated
 */
public enum ControlStatus implements Enumerator
{
  /**
   * The '<em><b>UNSPECIFIED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNSPECIFIED_VALUE
   * @generated
   * @ordered
   */
  UNSPECIFIED(0, "UNSPECIFIED", "unspecified"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>IMPLEMENTED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #IMPLEMENTED_VALUE
   * @generated
   * @ordered
   */
  IMPLEMENTED(1, "IMPLEMENTED", "implemented"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PARTIAL</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PARTIAL_VALUE
   * @generated
   * @ordered
   */
  PARTIAL(2, "PARTIAL", "partial"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PLANNED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PLANNED_VALUE
   * @generated
   * @ordered
   */
  PLANNED(3, "PLANNED", "planned"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>MISSING</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MISSING_VALUE
   * @generated
   * @ordered
   */
  MISSING(4, "MISSING", "missing"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>NOT APPLICABLE</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NOT_APPLICABLE_VALUE
   * @generated
   * @ordered
   */
  NOT_APPLICABLE(5, "NOT_APPLICABLE", "not-applicable"); //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>UNSPECIFIED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNSPECIFIED
   * @model literal="unspecified"
   * @generated
   * @ordered
   */
  public static final int UNSPECIFIED_VALUE = 0;

  /**
   * The '<em><b>IMPLEMENTED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #IMPLEMENTED
   * @model literal="implemented"
   * @generated
   * @ordered
   */
  public static final int IMPLEMENTED_VALUE = 1;

  /**
   * The '<em><b>PARTIAL</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PARTIAL
   * @model literal="partial"
   * @generated
   * @ordered
   */
  public static final int PARTIAL_VALUE = 2;

  /**
   * The '<em><b>PLANNED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PLANNED
   * @model literal="planned"
   * @generated
   * @ordered
   */
  public static final int PLANNED_VALUE = 3;

  /**
   * The '<em><b>MISSING</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MISSING
   * @model literal="missing"
   * @generated
   * @ordered
   */
  public static final int MISSING_VALUE = 4;

  /**
   * The '<em><b>NOT APPLICABLE</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NOT_APPLICABLE
   * @model literal="not-applicable"
   * @generated
   * @ordered
   */
  public static final int NOT_APPLICABLE_VALUE = 5;

  /**
   * An array of all the '<em><b>Control Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final ControlStatus[] VALUES_ARRAY =
    new ControlStatus[]
    {
      UNSPECIFIED,
      IMPLEMENTED,
      PARTIAL,
      PLANNED,
      MISSING,
      NOT_APPLICABLE,
    };

  /**
   * A public read-only list of all the '<em><b>Control Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<ControlStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Control Status</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ControlStatus get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      ControlStatus result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Control Status</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ControlStatus getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      ControlStatus result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Control Status</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ControlStatus get(int value)
  {
    switch (value)
    {
      case UNSPECIFIED_VALUE: return UNSPECIFIED;
      case IMPLEMENTED_VALUE: return IMPLEMENTED;
      case PARTIAL_VALUE: return PARTIAL;
      case PLANNED_VALUE: return PLANNED;
      case MISSING_VALUE: return MISSING;
      case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
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
  private ControlStatus(int value, String name, String literal)
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
  
} //ControlStatus
