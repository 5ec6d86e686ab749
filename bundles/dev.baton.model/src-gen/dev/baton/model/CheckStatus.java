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
 * A representation of the literals of the enumeration '<em><b>Check Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * State of an acceptance check the receiving team signs off.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonPackage#getCheckStatus()
 * @model
 * @generated
 */
public enum CheckStatus implements Enumerator
{
  /**
   * The '<em><b>PENDING</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PENDING_VALUE
   * @generated
   * @ordered
   */
  PENDING(0, "PENDING", "pending"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PASSED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PASSED_VALUE
   * @generated
   * @ordered
   */
  PASSED(1, "PASSED", "passed"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>FAILED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FAILED_VALUE
   * @generated
   * @ordered
   */
  FAILED(2, "FAILED", "failed"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>WAIVED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #WAIVED_VALUE
   * @generated
   * @ordered
   */
  WAIVED(3, "WAIVED", "waived"); //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PENDING</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PENDING
   * @model literal="pending"
   * @generated
   * @ordered
   */
  public static final int PENDING_VALUE = 0;

  /**
   * The '<em><b>PASSED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PASSED
   * @model literal="passed"
   * @generated
   * @ordered
   */
  public static final int PASSED_VALUE = 1;

  /**
   * The '<em><b>FAILED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FAILED
   * @model literal="failed"
   * @generated
   * @ordered
   */
  public static final int FAILED_VALUE = 2;

  /**
   * The '<em><b>WAIVED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #WAIVED
   * @model literal="waived"
   * @generated
   * @ordered
   */
  public static final int WAIVED_VALUE = 3;

  /**
   * An array of all the '<em><b>Check Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final CheckStatus[] VALUES_ARRAY =
    new CheckStatus[]
    {
      PENDING,
      PASSED,
      FAILED,
      WAIVED,
    };

  /**
   * A public read-only list of all the '<em><b>Check Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<CheckStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Check Status</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static CheckStatus get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      CheckStatus result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Check Status</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static CheckStatus getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      CheckStatus result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Check Status</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static CheckStatus get(int value)
  {
    switch (value)
    {
      case PENDING_VALUE: return PENDING;
      case PASSED_VALUE: return PASSED;
      case FAILED_VALUE: return FAILED;
      case WAIVED_VALUE: return WAIVED;
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
  private CheckStatus(int value, String name, String literal)
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
  
} //CheckStatus
